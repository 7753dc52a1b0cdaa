import {displayWidth} from './lineWidth.js'

/** One non-blank line of the extracted text, with where it sits in the source. */
export interface SourceLine {
  /** 1-based line number in the source. */
  line: number
  /** The text without form feeds and without leading and trailing whitespace. */
  text: string
  /** 1-based columns of the first character of `text` and just after its last one. */
  startColumn: number
  endColumn: number
  /** 0-based offsets in the source of the same two points. */
  startOffset: number
  endOffset: number
  /** Whether whitespace follows the text: some extractors mark paragraph ends that way. */
  trailingSpace: boolean
  /** Display width of `text` (see `displayWidth`). */
  width: number
}

/** A page number: a line holding only a short number, possibly between dashes. */
const pageNumber = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/

/** Whether a trimmed line is a page number rather than text. */
export function isPageNumber(text: string): boolean {
  return pageNumber.test(text)
}

/**
 * The lines that carry text. Blank lines are dropped because pdftotext emits
 * them inconsistently (between every line on some pages, nowhere on others),
 * so they say nothing about paragraphs; form feeds and page numbers are page
 * furniture, not text.
 */
export function sourceLines(document: string): SourceLine[] {
  const lines: SourceLine[] = []
  let offset = 0
  let number = 0
  for (const raw of document.split('\n')) {
    number++
    const lineOffset = offset
    offset += raw.length + 1
    const leading = /^\s*/.exec(raw)?.[0].length ?? 0
    const text = raw.trim()
    if (text === '' || isPageNumber(text)) continue
    const end = leading + text.length
    lines.push({
      line: number,
      text,
      startColumn: leading + 1,
      endColumn: end + 1,
      startOffset: lineOffset + leading,
      endOffset: lineOffset + end,
      trailingSpace: end < raw.length && /[ \t\u00a0\u3000]/.test(raw.slice(end)),
      width: displayWidth(text)
    })
  }
  return lines
}
