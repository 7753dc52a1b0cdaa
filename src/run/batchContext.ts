import type {OpenFile} from './readSource.js'
import type {RunCache} from './cache.js'
import type {SourceLocation} from './listSources.js'
import type {StoredMessage} from './serializeFile.js'
import type {LexiconLink} from './lexiconLinks.js'
import type {WorkerPool} from './workerPool.js'

export interface Progress {
  pass: (label: string, files: number, bytes: number) => void
  file: (bytes: number) => void
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
  /** Position in the whole batch (sorted by name), whatever shard runs it. */
  index: number
  size: number
  sha256?: string
  /** Undefined when the file could not be read. */
  ingestKey?: string
  kind?: string
  encoding?: string
  messages: StoredMessage[]
  /** Lexicon links (pass 1 only; dropped once tallied). */
  links?: LexiconLink[]
  /** Set by pass 2 when the record is written. */
  recordKey?: string
  ok?: boolean
}

export const isFailed = (state: FileState) => state.messages.some((message) => message.fatal === true)
