import {mkdir, stat} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {BatchContext} from './batchContext.js'
import {RunCache} from './cache.js'
import {finishBatch} from './finishBatch.js'
import {flagDuplicateStems, ingestPass} from './ingestPass.js'
import {buildBatchLexicon, tallyLinks} from './lexiconStep.js'
import {listSources} from './listSources.js'
import {pipelineVersion} from './pipelineVersion.js'
import {recordPass} from './recordPass.js'
import {WorkerPool} from './workerPool.js'

export interface BatchOptions {
  inputs: string[]
  output: string
  /** Worker threads (CPU-bound steps run there). */
  concurrency: number
  /** Cache folder (default `<output>/.cache`). */
  cache?: string
  /** Reuse nothing from the cache (`--no-cache`). */
  noCache?: boolean
  /** Each record's quads in its own named graph (the document's IRI). */
  namedGraphs?: boolean
  /** A problem with the run itself (a corrupt cache entry), not with an input. */
  warn?: (reason: string) => void
  progress?: BatchContext['progress']
}

const workerUrl = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)

/** The sources of the batch, each with its place in it (sorted by name) and size. */
export async function sourcesOf(inputs: string[]) {
  const sources = await listSources(inputs)
  return Promise.all(sources.map(async (source, index) => ({...source, index, size: (await stat(source.path)).size})))
}

/** What every step of a run (single or sharded) needs. */
export async function openBatch(options: BatchOptions): Promise<BatchContext> {
  await mkdir(options.output, {recursive: true})
  const cacheDir = path.resolve(options.cache ?? path.join(options.output, '.cache'))
  return {
    output: options.output,
    cache: new RunCache(cacheDir, !options.noCache, options.warn ?? (() => {})),
    pool: new WorkerPool(workerUrl, options.concurrency),
    version: pipelineVersion(),
    namedGraphs: options.namedGraphs ?? false,
    ...(options.progress ? {progress: options.progress} : {})
  }
}

/**
 * One run: pass 1 ingests every source (in workers, cached by content),
 * keeping only the lexicon's links; the lexicon of the batch; pass 2 makes
 * and writes each record (in workers, cached by content + lexicon); the end
 * merges `dataset.nq` and writes `manifest.json`. A failing source never
 * stops the others. Output is the same whatever the concurrency or order.
 */
export async function runBatch(options: BatchOptions): Promise<VFile[]> {
  const context = await openBatch(options)
  try {
    const sources = await sourcesOf(options.inputs)
    const states = await ingestPass(sources, context)
    flagDuplicateStems(states)
    const lexiconHash = await buildBatchLexicon(tallyLinks(states), context)
    await recordPass(states, lexiconHash, context)
    return await finishBatch(states, context)
  } finally {
    await context.pool.close()
  }
}
