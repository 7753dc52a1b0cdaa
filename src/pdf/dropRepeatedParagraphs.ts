import type {VFile} from 'vfile'
import {blockText, nonSpaceLines} from './blockText.js'
import type {Block} from './segmentBlocks.js'
import {blockPosition} from './blockPosition.js'

/** Paragraphs shorter than this (in characters, spaces ignored) may repeat legitimately. */
const minimumLength = 20

/**
 * Drop paragraphs that repeat earlier text. pdftotext sometimes emits a page
 * (or the tail of one) twice around a page break; the repeat starts either
 * with a whole paragraph or mid-sentence, with the tail of one. The first
 * copy is kept and each dropped paragraph is reported on `file`.
 */
export function dropRepeatedParagraphs(blocks: readonly Block[], file: VFile): Block[] {
  const seen: Array<{key: string; lines: number[]}> = []
  const kept: Block[] = []
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      kept.push(block)
      continue
    }
    // Compare without spaces: the copies may be wrapped differently.
    const key = blockText(block.lines).replace(/\s+/gu, '')
    const length = [...key].length
    const earlier = length >= minimumLength ? seen.find((entry) => entry.key.endsWith(key)) : undefined
    if (earlier) {
      const firstLine = earlier.lines[[...earlier.key].length - length]
      file.message(`Dropped a paragraph repeated across a page break (first seen on line ${firstLine})`, {place: blockPosition(block.lines), ruleId: 'repeated-paragraph', source: 'pdf-text'})
      continue
    }
    seen.push({key, lines: nonSpaceLines(block.lines)})
    kept.push(block)
  }
  return kept
}
