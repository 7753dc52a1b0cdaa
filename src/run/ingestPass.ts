import {access, readFile} from 'node:fs/promises'
import PQueue from 'p-queue'
import type {BatchContext, FileState} from './batchContext.js'
import {hashOf} from './cache.js'
import {type SourceLocation, stemOf} from './listSources.js'
import type {IngestSummary} from './workerTasks.js'

/**
 * Pass 1 over `sources` (all of the batch, or one shard's slice): each file
 * read, hashed, and ingested in a worker unless the cache holds the result
 * for these bytes, name, code and options. Keeps only each file's state and
 * lexicon links. `indexOf` gives each source its place in the whole batch.
 */
export async function ingestPass(sources: Array<SourceLocation & {index: number; size?: number}>, context: BatchContext): Promise<FileState[]> {
  const queue = new PQueue({concurrency: context.pool.size * 2})
  context.progress?.pass('ingest', sources.length, sources.reduce((sum, source) => sum + (source.size ?? 0), 0))
  return Promise.all(sources.map((source) => queue.add(async () => {
    const stem = stemOf(source.sourceName)
    const bytes = await readFile(source.path)
    const ingestKey = hashOf(context.version, 'ingest', source.sourceName, stem, bytes)
    let summary = await context.cache.readJson<IngestSummary>('ingest-summary', ingestKey, (value) => Array.isArray(value.messages) && Array.isArray(value.links))
    if (summary && !summary.messages.some((message) => message.fatal) && !await exists(context, ingestKey)) summary = undefined
    summary ??= await context.pool.run<IngestSummary>({type: 'ingest', sourceName: source.sourceName, stem, bytes, cacheDir: context.cache.dir, key: ingestKey})
    context.progress?.file(bytes.length)
    const state: FileState = {...source, stem, size: bytes.length, sha256: summary.sha256, ingestKey, messages: summary.messages, links: summary.links}
    if (summary.kind) state.kind = summary.kind
    if (summary.encoding) state.encoding = summary.encoding
    return state
  }) as Promise<FileState>))
}

async function exists(context: BatchContext, key: string): Promise<boolean> {
  return access(context.cache.path('ingest', key)).then(() => true, () => false)
}

/** A second input with the same stem would overwrite the first's record: it fails, in input order. */
export function flagDuplicateStems(states: FileState[]): void {
  const seen = new Set<string>()
  for (const state of [...states].sort((a, b) => a.index - b.index)) {
    if (seen.has(state.stem)) {
      state.messages.push({reason: `Another input has the stem “${state.stem}”; its record would be overwritten`, ruleId: 'duplicate-stem', source: 'pipeline', fatal: true})
    }
    seen.add(state.stem)
  }
}
