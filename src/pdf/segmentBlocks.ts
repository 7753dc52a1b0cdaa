import {isDatedLine, isYearHeader, startsChronology} from './chronology.js'
import {foldSpacedLine} from './foldSpacedText.js'
import {displayWidth, typicalLineWidth} from './lineWidth.js'
import {numberedItem} from './numberedItem.js'
import {endsClause, endsSentence, endsWithColon, endsWithLatinOrDigit, startsWithContinuingPunctuation} from './punctuation.js'
import type {SourceLine} from './sourceLines.js'

export type Block = {kind: 'heading'; depth: 1 | 2 | 3; lines: SourceLine[]; text?: string} | {kind: 'paragraph'; lines: SourceLine[]} | {kind: 'list'; ordered: boolean; start?: number; items: SourceLine[][]}

/** What the layout of the document says a full line and a paragraph end look like. */
export interface Layout {
  /** Width of a full line. */
  fullWidth: number
  /** A line at most this wide is clearly shorter than a full line. */
  shortWidth: number
  /** A heading is at most this wide. */
  headingWidth: number
  /** Whether a trailing space marks the end of a paragraph in this document. */
  trailingSpaceEndsParagraph: boolean
}

/** How much shorter than full a line must be to be "clearly" short: three CJK characters. */
const shortMargin = 6
/**
 * How much shorter than full a heading must be: five CJK characters. The
 * first line of a paragraph lost its indent in extraction, so it is short
 * too, by up to about four.
 */
const headingMargin = 10

export function measureLayout(lines: readonly SourceLine[]): Layout {
  // Chronology entries are table rows, wider than the text block: leave them out.
  const fullWidth = typicalLineWidth(lines.filter((line) => !isDatedLine(line.text)).map((line) => line.width))
  // A space after a Latin word or a number is a word space, not a mark.
  const trailing = lines.filter((line) => line.trailingSpace && !endsWithLatinOrDigit(line.text)).length
  return {
    fullWidth,
    shortWidth: fullWidth - shortMargin,
    headingWidth: fullWidth - headingMargin,
    // Some extractions end the last line of each paragraph with a space and
    // wrapped lines with none; when (nearly) every line has one it means nothing.
    trailingSpaceEndsParagraph: trailing >= 2 && trailing <= lines.length * 0.75
  }
}

/**
 * Width of what would have had to fit on a line for the next line's first
 * word to stay on it: a CJK character with the punctuation that cannot start
 * a line, or a run of Latin letters, digits and ASCII punctuation (which has
 * no break inside), plus the space before it.
 */
function leadingUnitWidth(text: string): number {
  const word = /^[A-Za-z0-9\u00c0-\u024f'’"%.,;:!?()[\]/-]+/.exec(text)
  if (word) return displayWidth(word[0]) + 1
  const character = /^.[，。、；：！？）》」』”’]*/u.exec(text)
  return displayWidth(character?.[0] ?? '')
}

/** Split the lines into headings, paragraphs and lists, from their layout. */
export function segmentBlocks(lines: readonly SourceLine[], layout: Layout): Block[] {
  const texts = lines.map((line) => line.text)
  const blocks: Block[] = []
  let open: {lines: SourceLine[]; number?: number} | undefined
  let sentenceEnded = true
  let chronology = false

  function close() {
    if (!open) return
    const current = open
    open = undefined
    if (current.number === undefined) {
      blocks.push({kind: 'paragraph', lines: current.lines})
      return
    }
    const last = current.lines.at(-1)
    if (last && endsSentence(last.text)) {
      const previous = blocks.at(-1)
      if (previous?.kind === 'list' && previous.ordered) previous.items.push(current.lines)
      else blocks.push({kind: 'list', ordered: true, start: current.number, items: [current.lines]})
    } else if (current.lines.length <= 2) {
      // A numbered line without closing punctuation is a title (`1. 将人道主义援助与政治进程脱钩`).
      blocks.push({kind: 'heading', depth: 3, lines: current.lines})
    } else {
      blocks.push({kind: 'paragraph', lines: current.lines})
    }
  }

  /** A short line that does not end a sentence and is not continued: a heading or a list entry. */
  function isStandalone(index: number): boolean {
    const line = lines[index]
    if (!line) return false
    const next = lines[index + 1]
    if ([...line.text].length < 2) return false
    if (endsSentence(line.text) || endsClause(line.text)) return false
    if (line.width > layout.headingWidth) return false
    // Where a trailing space ends paragraphs, a line standing alone ends with one too.
    if (layout.trailingSpaceEndsParagraph && !line.trailingSpace) return false
    // Gaps of several spaces are layout (captions, credits, tables), not headings.
    if (/\S\s{2,}\S/u.test(line.text)) return false
    if (next && startsWithContinuingPunctuation(next.text)) return false
    // The next line's first word would have fitted: the line ended on purpose.
    if (next && line.width + leadingUnitWidth(next.text) > layout.fullWidth) return false
    return numberedItem(line.text) === undefined
  }

  /** Whether the block that holds `line` ends with it. */
  function endsBlock(line: SourceLine, next: SourceLine | undefined): boolean {
    if (!next) return true
    if (startsWithContinuingPunctuation(next.text)) return false
    const text = line.text
    if (layout.trailingSpaceEndsParagraph && line.trailingSpace && !endsClause(text) && !endsWithLatinOrDigit(text)) {
      return true
    }
    if (endsSentence(text) && line.width <= layout.shortWidth && line.width + leadingUnitWidth(next.text) <= layout.fullWidth) {
      return true
    }
    // A colon followed by short lines introduces a list.
    return endsWithColon(text) && next.width <= layout.shortWidth && !endsSentence(next.text)
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const next = lines[index + 1]

    const spaced = foldSpacedLine(line.text)
    if (spaced !== undefined) {
      close()
      chronology = false
      blocks.push({kind: 'heading', depth: 2, lines: [line], text: spaced})
      sentenceEnded = true
      continue
    }

    if (chronology) {
      // Each dated line is an entry; undated lines continue the entry above,
      // unless that entry visibly ended (a trailing space after a finished
      // clause, not a word space before a number): then the line is a
      // further item under the same date.
      const previous = open?.lines.at(-1)
      const entryEnded = previous !== undefined && layout.trailingSpaceEndsParagraph && previous.trailingSpace && !endsClause(previous.text) && !startsWithContinuingPunctuation(line.text) && !/^[0-9A-Za-z]/.test(line.text)
      if (isYearHeader(line.text)) {
        close()
        blocks.push({kind: 'heading', depth: 3, lines: [line]})
      } else if (!open || isDatedLine(line.text) || entryEnded) {
        close()
        open = {lines: [line]}
      } else {
        open.lines.push(line)
      }
      continue
    }

    const number = numberedItem(line.text)
    const atBoundary = !open || sentenceEnded || (open.number !== undefined && number !== undefined)
    if (atBoundary) {
      if (startsChronology(texts, index)) {
        close()
        chronology = true
        index--
        continue
      }
      if (number !== undefined) {
        close()
        open = {lines: [line], number}
      } else if (isStandalone(index)) {
        close()
        const previous = blocks.at(-1)
        const previousLine = previous?.kind === 'paragraph' ? previous.lines.at(-1) : undefined
        if (index === 0) {
          blocks.push({kind: 'heading', depth: 1, lines: [line]})
        } else if (previousLine && endsWithColon(previousLine.text) && isStandalone(index + 1)) {
          const items: SourceLine[][] = [[line]]
          while (isStandalone(index + 1) && foldSpacedLine(texts[index + 1] ?? '') === undefined) {
            index++
            items.push([lines[index]!])
          }
          blocks.push({kind: 'list', ordered: false, items})
        } else {
          blocks.push({kind: 'heading', depth: 2, lines: [line]})
        }
        sentenceEnded = true
        continue
      } else if (open) {
        open.lines.push(line)
      } else {
        open = {lines: [line]}
      }
    } else {
      open!.lines.push(line)
    }
    sentenceEnded = endsSentence(line.text)
    if (endsBlock(line, next)) close()
  }
  close()
  return blocks
}
