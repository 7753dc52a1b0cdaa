import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {succeeded} from './processSource.js'

function describe(message: VFileMessage) {
  const entry: Record<string, unknown> = {}
  if (message.line != null) entry.line = message.line
  if (message.column != null) entry.column = message.column
  entry.message = message.reason
  if (message.ruleId) entry.ruleId = message.ruleId
  if (message.source) entry.source = message.source
  return entry
}

/** What happened to each input of the run, in input order. */
export function buildManifest(files: VFile[]) {
  return {
    contract: 'v1',
    files: files.map((file) => {
      const entry: Record<string, unknown> = {file: file.data.sourceName}
      if (succeeded(file)) entry.record = `${file.data.stem}.jsonld`
      if (file.data.kind) entry.kind = file.data.kind
      if (file.data.parser) entry.parser = file.data.parser
      if (file.data.encoding) entry.encoding = file.data.encoding
      entry.sha256 = file.data.sha256
      entry.status = succeeded(file) ? 'ok' : 'failed'
      entry.warnings = file.messages.filter((message) => !message.fatal).map(describe)
      entry.errors = file.messages.filter((message) => message.fatal).map(describe)
      return entry
    })
  }
}
