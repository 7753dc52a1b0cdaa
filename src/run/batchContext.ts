import type {SourceKind} from '../core/types.js'
import type {OpenFile} from './readSource.js'
import type {RunCache} from './cache.js'
import type {SourceLocation} from './listSources.js'
import type {StoredMessage} from './serializeFile.js'
import type {WorkerPool} from './workerPool.js'

export interface Progress {
  pass: (label: string, files: number, bytes: number) => void
  file: (bytes: number) => void
  /** More entries than the pass started with (a dump's pages beyond the first). */
  grow?: (files: number) => void
  done: () => void
}

/** What a run shares between its steps. */
export interface BatchContext {
  output: string
  cache: RunCache
  pool: WorkerPool
  /** Larger files fail unread (`--max-file-size`). */
  maxFileBytes: number
  /** How sources are opened (tests simulate EACCES); `readSource`'s own by default. */
  openFile?: OpenFile
  /** Hash of the code and its options: part of every cache key. */
  version: string
  /** Named graph of each record's quads (`documentIri`), or the default graph. */
  namedGraphs: boolean
  /** Told as each pass starts and as each of its files is done (progress). */
  progress?: Progress
}

/** One input of the batch as the run keeps it between the passes: small, no text, no tree. */
export interface FileState extends SourceLocation {
  /** Undefined when no stem was left for it (it fails, `duplicate-stem`). */
  stem?: string
  /** Position in the whole batch (sorted by name), whatever shard runs it; a dump's pages share their dump's. */
  index: number
  /** Position of a page in its dump (`dump.xml#Title`); a broken dump's own entry comes after its pages. */
  page?: number
  size: number
  sha256?: string
  /** The kind its container gives (a dump's pages are `wikitext`): detection is skipped, and it is part of the ingest key. */
  givenKind?: SourceKind
  /** Undefined when the file could not be read. */
  ingestKey?: string
  kind?: string
  /** What read it (`remark-parse`, `pdfjs-dist`, `wtf_wikipedia`, …), for the manifest. */
  parser?: string
  encoding?: string
  /** Other titles of a dump's page (the titles of its redirects), given to its record in pass 2. */
  alternateNames?: string[]
  messages: StoredMessage[]
  /** Set by pass 2 when the record is written. */
  recordKey?: string
  ok?: boolean
}

export const isFailed = (state: FileState) => state.messages.some((message) => message.fatal === true)

/** Batch order: the files by name, a dump's pages in dump order at its place. */
export const byPosition = (a: FileState, b: FileState) => a.index - b.index || (a.page ?? -1) - (b.page ?? -1)

/** Pages of one dump tallied apart (first-occurrence order of the lexicon's links), as one number. */
const PAGES_PER_FILE = 2 ** 24

/** The state's place in the batch as one number (the link tally's order): a file's index, or its dump's and the page's. */
export const positionNumber = (state: Pick<FileState, 'index' | 'page'>) => state.index * PAGES_PER_FILE + Math.min(state.page ?? 0, PAGES_PER_FILE - 1)
