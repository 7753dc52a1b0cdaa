import type {VFile} from 'vfile'
import type {BatchResult} from '../run/runBatch.js'
import {succeeded} from '../run/fileStatus.js'
import {escapeControl} from './escapeControl.js'

type Reporter = (files: VFile[], options: {quiet: boolean}) => string

/**
 * The run's report on stderr: vfile-reporter's lines per file (names with
 * control characters escaped), the entries skipped, then one summary line.
 * Returns the exit status: 1 when any input failed.
 */
export function reportRun(result: BatchResult, output: string, reporter: Reporter): number {
  const {files, skipped} = result
  // The records are written: the names may now be changed for printing.
  for (const file of files) file.history = file.history.map(escapeControl)
  const report = reporter(files, {quiet: false})
  if (report) process.stderr.write(`${report}\n`)
  for (const entry of skipped) {
    process.stderr.write(`${escapeControl(entry.sourceName)}\n  ${entry.failed ? 'error' : 'skipped'}  ${entry.reason}  ${entry.ruleId}\n`)
  }
  const failed = files.filter((file) => !succeeded(file)).length + skipped.filter((entry) => entry.failed).length
  const warnings = files.reduce((count, file) => count + file.messages.filter((message) => !message.fatal).length, 0)
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const skippedCount = skipped.filter((entry) => !entry.failed).length
  const skippedNote = skippedCount > 0 ? `, ${skippedCount} skipped` : ''
  process.stderr.write(`${plural(files.length, 'file')}: ${files.length - files.filter((file) => !succeeded(file)).length} written, ${failed} failed${skippedNote}, ${plural(warnings, 'warning')} → ${escapeControl(output)}/\n`)
  return failed > 0 ? 1 : 0
}
