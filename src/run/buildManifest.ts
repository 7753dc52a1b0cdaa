import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SkippedEntry} from './listSources.js'
import {succeeded} from './fileStatus.js'

function describe(message: VFileMessage) {
  const entry: Record<string, unknown> = {}
  if (message.line != null) entry.line = message.line
  if (message.column != null) entry.column = message.column
  entry.message = message.reason
  if (message.ruleId) entry.ruleId = message.ruleId
  if (message.source) entry.source = message.source
  return entry
}

function fileEntry(file: VFile): Record<string, unknown> {
  const entry: Record<string, unknown> = {file: file.data.sourceName}
  if (succeeded(file)) entry.record = `${file.data.stem}.jsonld`
  if (file.data.kind) entry.kind = file.data.kind
  if (file.data.parser) entry.parser = file.data.parser
  if (file.data.encoding) entry.encoding = file.data.encoding
  if (file.data.sha256) entry.sha256 = file.data.sha256
  entry.status = succeeded(file) ? 'ok' : 'failed'
  entry.warnings = file.messages.filter((message) => !message.fatal).map(describe)
  entry.errors = file.messages.filter((message) => message.fatal).map(describe)
  return entry
}

/** An entry not read: skipped by rule (links, pipes, metadata), or failed (an unreadable folder). */
function skippedEntry(skipped: SkippedEntry): Record<string, unknown> {
  if (skipped.failed) return {file: skipped.sourceName, status: 'failed', warnings: [], errors: [{message: skipped.reason, ruleId: skipped.ruleId}]}
  return {file: skipped.sourceName, status: 'skipped', reason: skipped.reason, ruleId: skipped.ruleId}
}

/** What happened to each input of the run, in name order (sources and skipped entries together). */
export function buildManifest(files: VFile[], skipped: SkippedEntry[] = []) {
  const entries = [...files.map(fileEntry), ...skipped.map(skippedEntry)]
  const name = (entry: Record<string, unknown>) => String(entry.file)
  return {contract: 'v1', files: entries.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0))}
}
