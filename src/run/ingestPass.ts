import {createHash} from 'node:crypto'
import {access} from 'node:fs/promises'
import PQueue from 'p-queue'
import {VFile} from 'vfile'
import type {SourceKind} from '../core/types.js'
import {applyRedirects} from '../dump/applyRedirects.js'
import {expandSources, type PendingSource} from '../dump/expandSources.js'
import {type BatchContext, type FileState, isFailed, positionNumber} from './batchContext.js'
import {hashOf} from './cache.js'
import type {SourceLocation} from './listSources.js'
import {failFile, InputError} from './fileStatus.js'
import {type LexiconLink, LinkTally, type TalliedLink} from './lexiconLinks.js'
import {storeMessage, type StoredMessage} from './serializeFile.js'
import type {IngestSummary} from './workerTasks.js'

export type BatchSource = SourceLocation & {index: number; size?: number; stem: string | undefined}

/** The fatal message a file fails with, as `failFile` words it. */
export function failureMessage(sourceName: string, error: unknown, step?: string): StoredMessage {
  const file = new VFile({path: sourceName})
  failFile(file, error, step)
  return storeMessage(file.messages[0]!)
}

/** What pass 1 leaves: each source's state, and the batch's links tallied (the lexicon's whole input). */
export interface IngestResult {
  states: FileState[]
  tally: TalliedLink[]
}

/**
 * Pass 1 over `sources` (all of the batch, or one shard's slice): each file,
 * or each article page of a MediaWiki dump (streamed, see `expandSources`),
 * read, hashed, and ingested in a worker unless the cache holds the result
 * for these bytes, name, stem, given kind, code and options. Keeps only each
 * source's state, and its lexicon links tallied as it comes in (each
 * distinct link once, with a count); a dump's redirects become other names
 * of their target's state. A source that cannot be read, has no stem left,
 * or whose ingest fails or overruns its budget fails alone (and gives no
 * links).
 *
 * `batch`: every file of the batch (a shard runs a slice), whose stems a
 * page's stem must not take.
 */
export async function ingestPass(sources: BatchSource[], context: BatchContext, batch: BatchSource[] = sources): Promise<IngestResult> {
  const expanded = expandSources(sources, {maxFileBytes: context.maxFileBytes, claimed: batch.map((source) => source.stem), ...(context.openFile ? {openFile: context.openFile} : {})})
  context.progress?.pass(
    'ingest',
    sources.length,
    sources.reduce((sum, source) => sum + (source.size ?? 0), 0)
  )
  const result = await ingestStream(expanded.sources, context)
  applyRedirects(result.states, expanded.redirects)
  return result
}

/**
 * Pass 1 over a stream of sources, with backpressure: the next source is
 * taken (a dump's next page parsed) only when fewer than two per worker wait,
 * so a dump is never held in memory. States come back in stream order. The
 * links of each source are tallied as soon as it is ingested, never kept
 * per source: a source's links (with the cues of their context) are about
 * as large as its text (41 MB as JSON for 3,000 copies of the corpus), and
 * were held to the end of the pass.
 */
export async function ingestStream(sources: AsyncIterable<PendingSource>, context: BatchContext): Promise<IngestResult> {
  const queue = new PQueue({concurrency: context.pool.size * 2})
  const states: FileState[] = []
  const tally = new LinkTally()
  for await (const source of sources) {
    await queue.onSizeLessThan(context.pool.size * 2)
    const {stem} = source
    const state: FileState = {
      path: source.path,
      sourceName: source.sourceName,
      index: source.index,
      size: source.size ?? 0,
      messages: [],
      ...(source.page === undefined ? {} : {page: source.page}),
      ...(stem === undefined ? {} : {stem}),
      ...(source.kind === undefined ? {} : {givenKind: source.kind})
    }
    states.push(state)
    // A page beyond the first of a dump is one more entry than the listing counted.
    if ((source.page ?? 0) > 0) context.progress?.grow?.(1)
    void queue
      .add(async () => {
        const links = await ingestSource(source, state, context)
        // Order does not matter: the tally keeps each link's first place in the batch, whatever order files finish in.
        if (!isFailed(state)) tally.add(positionNumber(state), links)
      })
      .catch((error: unknown) => {
        state.messages.push(failureMessage(source.sourceName, error, 'Ingesting the source (cleaning, links, dates)'))
      })
  }
  await queue.onIdle()
  return {states, tally: tally.entries()}
}

/** Ingests one source into its state; returns its lexicon links (none when it failed). */
async function ingestSource(source: PendingSource, state: FileState, context: BatchContext): Promise<LexiconLink[]> {
  const {stem} = source
  let links: LexiconLink[] = []
  try {
    if (source.error) throw source.error
    if (stem === undefined) throw new InputError('Another input already has this stem and this name; its record would be overwritten', 'duplicate-stem')
    const bytes = await source.read()
    state.size = bytes.length
    state.sha256 = createHash('sha256').update(bytes).digest('hex')
    // The kind a container gives is part of the key: the same bytes read as another kind give another result.
    state.ingestKey = hashOf(context.version, 'ingest', source.sourceName, stem, source.kind ?? '', bytes)
    const ingested = await ingestOne(source.sourceName, stem, bytes, source.kind, state.ingestKey, context)
    links = ingested.links
    Object.assign(state, ingested.state)
  } catch (error) {
    state.messages.push(failureMessage(source.sourceName, error))
  }
  context.progress?.file(state.size)
  return links
}

async function ingestOne(sourceName: string, stem: string, bytes: Uint8Array, kind: SourceKind | undefined, key: string, context: BatchContext): Promise<{state: Partial<FileState>; links: LexiconLink[]}> {
  let summary = await context.cache.readJson<IngestSummary>('ingest-summary', key, (value) => Array.isArray(value.messages) && Array.isArray(value.links))
  // A summary of a success is only good with the ingest result it summarises.
  if (
    summary &&
    !summary.messages.some((message) => message.fatal) &&
    !(await access(context.cache.path('ingest', key)).then(
      () => true,
      () => false
    ))
  )
    summary = undefined
  if (!summary) {
    try {
      summary = await context.pool.run<IngestSummary>({type: 'ingest', sourceName, stem, bytes, cacheDir: context.cache.dir, key, ...(kind ? {kind} : {})})
    } catch (error) {
      return {state: {messages: [failureMessage(sourceName, error, 'Ingesting the source (cleaning, links, dates)')]}, links: []}
    }
  }
  const state: Partial<FileState> = {messages: summary.messages}
  if (summary.kind) state.kind = summary.kind
  if (summary.parser) state.parser = summary.parser
  if (summary.encoding) state.encoding = summary.encoding
  return {state, links: summary.links}
}
