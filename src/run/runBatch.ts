import {stat} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {assignStems} from './assignStems.js'
import type {BatchContext} from './batchContext.js'
import {finishBatch} from './finishBatch.js'
import {type BatchSource, ingestPass} from './ingestPass.js'
import {buildBatchLexicon} from './lexiconStep.js'
import {listSources, type ReadFolder, type SkippedEntry} from './listSources.js'
import {pipelineVersion} from './pipelineVersion.js'
import {prepareOutputFolder} from './prepareOutputFolder.js'
import {hashOf, RunCache} from './cache.js'
import {DEFAULT_MAX_FILE_BYTES, type OpenFile} from './readSource.js'
import {recordPass} from './recordPass.js'
import {DEFAULT_BUDGET, type WorkerBudget} from './workerBudget.js'
import {WorkerPool} from './workerPool.js'

export interface BatchOptions {
  inputs: string[]
  output: string
  /** Worker threads (CPU-bound steps run there). */
  concurrency: number
  /** Larger files fail unread (`--max-file-size`). */
  maxFileBytes?: number
  /** Time and heap of one step of one file (`--time-budget`). */
  budget?: WorkerBudget
  /** Cache folder (default `<output>/.cache`). */
  cache?: string
  /** Reuse nothing from the cache (`--no-cache`). */
  noCache?: boolean
  /** Each record's quads in its own named graph (the document's IRI). */
  namedGraphs?: boolean
  /** A problem with the run itself (a corrupt cache entry), not with an input. */
  warn?: (reason: string) => void
  progress?: BatchContext['progress']
  /** File system access, replaceable in tests (EACCES cannot be had as root). */
  readFolder?: ReadFolder
  openFile?: OpenFile
  /**
   * The worker module that answers the pool's tasks (default `worker.ts`,
   * the product's pipelines); a test gives one that serves other pipelines
   * through `serveTasks`. Part of the cache keys.
   */
  worker?: URL
}

export interface BatchResult {
  /** One file per source, in name order (a dump's pages in dump order at its place). */
  files: VFile[]
  /** Entries of the input folders that were not read, and why. */
  skipped: SkippedEntry[]
}

const workerUrl = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)

/** The sources of the batch: place in it (sorted by name), size and stem, and the entries skipped. */
export async function sourcesOf(options: BatchOptions): Promise<{sources: BatchSource[]; skipped: SkippedEntry[]}> {
  const {sources, skipped} = await listSources(options.inputs, options.readFolder)
  const stems = assignStems(sources.map((source) => source.sourceName))
  const sized = await Promise.all(
    sources.map(async (source, index) => ({
      ...source,
      index,
      stem: stems[index],
      size: await stat(source.path).then(
        (info) => info.size,
        () => 0
      )
    }))
  )
  return {sources: sized, skipped}
}

/** What every step of a run (single or sharded) needs; the output folder made ready first. */
export async function openBatch(options: BatchOptions): Promise<BatchContext> {
  await prepareOutputFolder(options.output)
  const cacheDir = path.resolve(options.cache ?? path.join(options.output, '.cache'))
  return {
    output: options.output,
    cache: new RunCache(cacheDir, !options.noCache, options.warn ?? (() => {})),
    pool: new WorkerPool(options.worker ?? workerUrl, options.concurrency, options.budget ?? DEFAULT_BUDGET),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    version: options.worker ? hashOf(pipelineVersion(), options.worker.href) : pipelineVersion(),
    ...(options.openFile ? {openFile: options.openFile} : {}),
    // Each record in its own named graph (its document): who said what survives the merge.
    namedGraphs: options.namedGraphs ?? true,
    ...(options.progress ? {progress: options.progress} : {})
  }
}

/**
 * One run: pass 1 ingests every source (in workers, cached by content; a
 * MediaWiki dump is a source per article page, streamed: see `expandSources`),
 * keeping only the lexicon's links; the lexicon of the batch; pass 2 makes
 * and writes each record (in workers, cached by content + lexicon); the end
 * merges `dataset.nq` and writes `manifest.json`. A failing source never
 * stops the others. Output is the same whatever the concurrency or order.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const context = await openBatch(options)
  try {
    const {sources, skipped} = await sourcesOf(options)
    const {states, tally} = await ingestPass(sources, context)
    const lexiconHash = await buildBatchLexicon(tally, context)
    await recordPass(states, lexiconHash, context)
    // The workers' heaps and dictionaries are freed before the merge and the report, not held beside them.
    await context.pool.close()
    return {files: await finishBatch(states, skipped, context), skipped}
  } finally {
    await context.pool.close()
  }
}
