import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A message as it travels between threads and lives in the cache. */
export interface StoredMessage {
  reason: string
  place?: VFileMessage['place']
  ruleId?: string
  source?: string
  fatal?: boolean | null
}

/** A file as plain JSON: what a worker hands back and what the ingest cache holds. */
export interface StoredFile {
  path: string
  value?: string
  data: VFile['data']
  messages: StoredMessage[]
}

export function storeMessage(message: VFileMessage): StoredMessage {
  const stored: StoredMessage = {reason: message.reason}
  if (message.place) stored.place = message.place
  if (message.ruleId) stored.ruleId = message.ruleId
  if (message.source) stored.source = message.source
  if (message.fatal !== false) stored.fatal = message.fatal
  return stored
}

/** Adds stored messages to a file, as `file.message` made them. */
export function restoreMessages(file: VFile, messages: StoredMessage[]): void {
  for (const stored of messages) {
    const message = file.message(stored.reason, {
      ...(stored.place ? {place: stored.place} : {}),
      ...(stored.ruleId ? {ruleId: stored.ruleId} : {}),
      ...(stored.source ? {source: stored.source} : {})
    })
    message.fatal = stored.fatal ?? false
  }
}

/** The file as JSON; its value (the source text, or the record) only when asked. */
export function storeFile(file: VFile, withValue = false): StoredFile {
  const stored: StoredFile = {path: file.path, data: file.data, messages: file.messages.map(storeMessage)}
  if (withValue && typeof file.value === 'string') stored.value = file.value
  return stored
}

export function restoreFile(stored: StoredFile): VFile {
  const file = new VFile({path: stored.path, ...(stored.value === undefined ? {} : {value: stored.value})})
  file.data = stored.data
  restoreMessages(file, stored.messages)
  return file
}
