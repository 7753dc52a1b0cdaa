/** Re-join the hard-wrapped lines of one block into one line of text. */

const latinEnd = /[A-Za-z0-9\u00c0-\u024f.,;:!?)\]%]$/
const latinStart = /^[A-Za-z0-9\u00c0-\u024f([]/
const latinOrDigitEnd = /[A-Za-z0-9\u00c0-\u024f%]$/
const latinOrDigitStart = /^[A-Za-z0-9\u00c0-\u024f]/

export interface WrappedLine {
  /** The line without leading and trailing whitespace. */
  text: string
  /** Whether the source line had whitespace after its text. */
  trailingSpace: boolean
}

/**
 * The separator to put where a line was wrapped: Chinese is written without
 * spaces, so the break vanishes; between Latin words or numbers it was a
 * space. Between a number or Latin word and Chinese, the break keeps a space
 * only when the source had one there (`2016 ` + `年` stays `2016 年`).
 */
export function wrapSeparator(before: WrappedLine, after: string): string {
  if (latinEnd.test(before.text) && latinStart.test(after)) return ' '
  if (before.trailingSpace && (latinOrDigitEnd.test(before.text) || latinOrDigitStart.test(after))) return ' '
  return ''
}

/** Join wrapped lines; runs of layout spaces inside a line become one space. */
export function joinLines(lines: readonly WrappedLine[]): string {
  let text = ''
  let previous: WrappedLine | undefined
  for (const line of lines) {
    const piece = line.text.replace(/[ \t\u00a0]{2,}/g, ' ')
    if (piece === '') continue
    if (previous) text += wrapSeparator(previous, piece)
    text += piece
    previous = line
  }
  return text
}
