import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {SourceKind} from '../core/types.js'
import {withAlternateNames} from '../dump/applyRedirects.js'
import {buildLexicon, type Lexicon, type LexiconEntry} from '../entities/buildLexicon.js'
import {compiledRecord} from '../jsonld/compileJsonLd.js'
import {recordNQuadsBytes} from '../jsonld/writeNQuads.js'
import {hashOf, RunCache} from './cache.js'
import {lexiconLinksOf, tallyAsFiles, type LexiconLink, type TalliedLink} from './lexiconLinks.js'
import {failFile, ingestSource, type Pipelines, succeeded} from './processSource.js'
import {restoreFile, storeFile, storeMessage, type StoredMessage} from './serializeFile.js'
import {writeAtomicSync} from './writeAtomic.js'

/** Pass 1, one source: ingest it and keep the whole result in the cache. */
export interface IngestTask {
  type: 'ingest'
  sourceName: string
  stem: string
  bytes: Uint8Array
  cacheDir: string
  key: string
  kind?: SourceKind
}
export interface IngestSummary {
  kind?: string
  parser?: string
  encoding?: string
  sha256: string
  messages: StoredMessage[]
  links: LexiconLink[]
}

/** Between the passes: the lexicon of the batch's links, stored under the hash of its entries. */
export interface LexiconTask {
  type: 'lexicon'
  tally: TalliedLink[]
  cacheDir: string
}

/** Pass 2, one source: its record, written to the output, and its N-Quads, to the cache. */
export interface RecordTask {
  type: 'record'
  ingestKey: string
  lexiconHash: string
  cacheDir: string
  key: string
  recordPath: string
  graph?: string
  alternateNames?: string[]
}
export interface RecordSummary {
  ok: boolean
  messages: StoredMessage[]
  recordSha256?: string
  quadsSha256?: string
}

// The tasks run in a worker thread, one at a time: their files are read and written synchronously (no idle round trips through the thread pool).
export type WorkerTask = IngestTask | LexiconTask | RecordTask

const store = (dir: string) => new RunCache(dir, true, () => {})

export async function ingestTask(task: IngestTask, pipelines: Pipelines): Promise<IngestSummary> {
  const file = await ingestSource({sourceName: task.sourceName, stem: task.stem, bytes: task.bytes, ...(task.kind ? {kind: task.kind} : {})}, pipelines)
  const summary: IngestSummary = {sha256: file.data.sha256!, messages: file.messages.map(storeMessage), links: succeeded(file) ? lexiconLinksOf(file) : []}
  if (file.data.kind) summary.kind = file.data.kind
  if (file.data.parser) summary.parser = file.data.parser
  if (file.data.encoding) summary.encoding = file.data.encoding
  const cache = store(task.cacheDir)
  if (succeeded(file)) cache.writeSync('ingest', task.key, JSON.stringify(storeFile(file)))
  cache.writeSync('ingest-summary', task.key, JSON.stringify(summary))
  return summary
}

export async function lexiconTask(task: LexiconTask): Promise<string> {
  const lexicon = buildLexicon(tallyAsFiles(task.tally))
  const text = JSON.stringify([...lexicon.entries()])
  const hash = hashOf(text)
  store(task.cacheDir).writeSync('lexicon', hash, text)
  return hash
}

let loaded: {hash: string; lexicon: Lexicon} | undefined

async function lexiconOf(cacheDir: string, hash: string): Promise<Lexicon> {
  if (loaded?.hash !== hash) {
    const entries = JSON.parse(readFileSync(store(cacheDir).path('lexicon', hash), 'utf8')) as Array<[string, LexiconEntry]>
    loaded = {hash, lexicon: new Map(entries)}
  }
  return loaded.lexicon
}

/** The ingested file of the record task being prepared (a worker runs one task at a time). */
let prepared: {key: string; file: VFile} | undefined

function ingestedFile(task: RecordTask): VFile {
  const file = prepared?.key === task.key ? prepared.file : restoreFile(JSON.parse(readFileSync(store(task.cacheDir).path('ingest', task.ingestKey), 'utf8')))
  prepared = undefined
  return file
}

/** What a record task needs loaded before its budget starts: the lexicon, its file, and what the file's record step needs. */
export async function prepareRecordTask(task: RecordTask, pipelines: Pipelines): Promise<void> {
  const file = ingestedFile(task)
  prepared = {key: task.key, file}
  await pipelines.prepareRecord?.(await lexiconOf(task.cacheDir, task.lexiconHash), file)
}

export async function recordTask(task: RecordTask, pipelines: Pipelines): Promise<RecordSummary> {
  const cache = store(task.cacheDir)
  const file = ingestedFile(task)
  const before = file.messages.length
  // A dump's redirects to this page, known once the whole dump was read.
  withAlternateNames(file, task.alternateNames)
  let nquads: Uint8Array = new Uint8Array(0)
  try {
    await pipelines.record(await lexiconOf(task.cacheDir, task.lexiconHash), file)
    // The object the record's text was made from (a pipeline without it: the text parsed back).
    nquads = recordNQuadsBytes(compiledRecord(file) ?? JSON.parse(String(file.value)), file.data.stem!, task.graph)
  } catch (error) {
    failFile(file, error)
  }
  const summary: RecordSummary = {ok: succeeded(file), messages: file.messages.slice(before).map(storeMessage)}
  if (summary.ok) {
    // Encoded once: the same bytes are written and hashed.
    const record = Buffer.from(String(file.value))
    writeAtomicSync(task.recordPath, record)
    cache.writeSync('quads', task.key, nquads, 'nq')
    summary.recordSha256 = hashOf(record)
    summary.quadsSha256 = hashOf(nquads)
  }
  cache.writeSync('record', task.key, JSON.stringify(summary))
  return summary
}
