import type {VFile} from 'vfile'
import {DecodeError} from '../io/DecodeError.js'

/** An input's own failure, with the rule id the report and manifest show. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly ruleId: string
  ) {
    super(message)
  }
}

/** Whether the file came through without a fatal message. */
export function succeeded(file: VFile): boolean {
  return !file.messages.some((message) => message.fatal === true)
}

/** The rule id of an input's own error: decoding, input checks, and readers' errors (PdfError, SourceError, …). */
function ownRuleId(error: unknown): string | undefined {
  if (error instanceof DecodeError || error instanceof InputError) return error.ruleId
  const own = (error as {ruleId?: unknown} | null | undefined)?.ruleId
  return typeof own === 'string' ? own : undefined
}

/** Records an error as the file's fatal message (naming the step when the error is unexpected). */
export function failFile(file: VFile, error: unknown, step?: string): void {
  const own = ownRuleId(error)
  const known = own !== undefined
  const ruleId = own ?? 'pipeline-error'
  const reason = error instanceof Error ? error.message : String(error)
  const place = error instanceof DecodeError ? error.place : undefined
  // An unexpected error says in which step it happened: `Maximum call stack size exceeded` alone names nothing.
  file.message(known || step === undefined ? reason : `${step} failed: ${reason}`, {ruleId, source: 'pipeline', ...(place ? {place} : {})}).fatal = true
}
