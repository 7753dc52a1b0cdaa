import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SourceKind} from '../core/types.js'
import type {Lexicon} from '../entities/buildLexicon.js'

/**
 * What crosses the thread boundary between the batch and a pipeline worker:
 * structured-cloneable copies of a VFile (its value, data and messages) and
 * of an error.
 */
export interface FileState {
  path: string
  value: string
  data: VFile['data']
}

export interface MessageState {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | null | undefined
  note: string | undefined
  url: string | undefined
}

export interface ErrorState {
  message: string
  ruleId: string | undefined
}

export type WorkerTask =
  | {step: 'ingest'; kind: SourceKind; file: FileState}
  | {step: 'record'; lexiconId: number; lexicon: Lexicon | undefined; file: FileState}

export interface WorkerReply {
  file: FileState
  messages: MessageState[]
  error: ErrorState | undefined
}

export function fileState(file: VFile): FileState {
  return {path: file.path, value: String(file.value ?? ''), data: file.data}
}

export function messageState(message: VFileMessage): MessageState {
  return {reason: message.reason, place: message.place, ruleId: message.ruleId, source: message.source, fatal: message.fatal, note: message.note, url: message.url}
}

/** Adds messages made in a worker to the batch's file, as if they had been made on it. */
export function applyMessages(file: VFile, messages: MessageState[]): void {
  for (const state of messages) {
    const message = file.message(state.reason, {...(state.place ? {place: state.place} : {}), ...(state.ruleId ? {ruleId: state.ruleId} : {}), ...(state.source ? {source: state.source} : {})})
    message.fatal = state.fatal
    if (state.note !== undefined) message.note = state.note
    if (state.url !== undefined) message.url = state.url
  }
}
