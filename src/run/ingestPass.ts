import {createHash} from 'node:crypto'
import {access} from 'node:fs/promises'
import PQueue from 'p-queue'
import {VFile} from 'vfile'
import type {BatchContext, FileState} from './batchContext.js'
import {hashOf} from './cache.js'
import type {SourceLocation} from './listSources.js'
import {failFile, InputError} from './fileStatus.js'
import {readSource} from './readSource.js'
import {storeMessage, type StoredMessage} from './serializeFile.js'
import type {IngestSummary} from './workerTasks.js'

export type BatchSource = SourceLocation & {index: number; size?: number; stem: string | undefined}

/** The fatal message a file fails with, as `failFile` words it. */
export function failureMessage(sourceName: string, error: unknown, step?: string): StoredMessage {
  const file = new VFile({path: sourceName})
  failFile(file, error, step)
  return storeMessage(file.messages[0]!)
}

/**
 * Pass 1 over `sources` (all of the batch, or one shard's slice): each file
 * read, hashed, and ingested in a worker unless the cache holds the result
 * for these bytes, name, stem, code and options. Keeps only each file's
 * state and lexicon links. A file that cannot be read, has no stem left, or
 * whose ingest fails or overruns its budget fails alone.
 */
export async function ingestPass(sources: BatchSource[], context: BatchContext): Promise<FileState[]> {
  const queue = new PQueue({concurrency: context.pool.size * 2})
  context.progress?.pass('ingest', sources.length, sources.reduce((sum, source) => sum + (source.size ?? 0), 0))
  return Promise.all(sources.map((source) => queue.add(async () => {
    const {stem} = source
    const state: FileState = {path: source.path, sourceName: source.sourceName, index: source.index, size: source.size ?? 0, messages: [], ...(stem === undefined ? {} : {stem})}
    try {
      if (stem === undefined) throw new InputError('Another input already has this stem and this name; its record would be overwritten', 'duplicate-stem')
      const bytes = await readSource(source.path, context.maxFileBytes, context.openFile)
      state.size = bytes.length
      state.sha256 = createHash('sha256').update(bytes).digest('hex')
      state.ingestKey = hashOf(context.version, 'ingest', source.sourceName, stem, bytes)
      Object.assign(state, await ingestOne(source.sourceName, stem, bytes, state.ingestKey, context))
    } catch (error) {
      state.messages.push(failureMessage(source.sourceName, error))
    }
    context.progress?.file(state.size)
    return state
  }) as Promise<FileState>))
}

async function ingestOne(sourceName: string, stem: string, bytes: Uint8Array, key: string, context: BatchContext): Promise<Partial<FileState>> {
  let summary = await context.cache.readJson<IngestSummary>('ingest-summary', key, (value) => Array.isArray(value.messages) && Array.isArray(value.links))
  // A summary of a success is only good with the ingest result it summarises.
  if (summary && !summary.messages.some((message) => message.fatal) && !await access(context.cache.path('ingest', key)).then(() => true, () => false)) summary = undefined
  if (!summary) {
    try {
      summary = await context.pool.run<IngestSummary>({type: 'ingest', sourceName, stem, bytes, cacheDir: context.cache.dir, key})
    } catch (error) {
      return {messages: [failureMessage(sourceName, error, 'Ingesting the source (cleaning, links, dates)')]}
    }
  }
  const state: Partial<FileState> = {messages: summary.messages, links: summary.links}
  if (summary.kind) state.kind = summary.kind
  if (summary.encoding) state.encoding = summary.encoding
  return state
}
