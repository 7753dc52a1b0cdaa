import {foldSpacedRuns} from './foldSpacedText.js'
import {joinLines} from './joinLines.js'
import type {SourceLine} from './sourceLines.js'

/** The text of a block: its lines re-joined, letter-spaced runs folded. */
export function blockText(lines: readonly SourceLine[]): string {
  return foldSpacedRuns(joinLines(lines))
}

/**
 * The source line of each non-whitespace character of the block's text.
 * Joining and folding only add or remove spaces, so the non-whitespace
 * characters of the text are those of the lines, in order.
 */
export function nonSpaceLines(lines: readonly SourceLine[]): number[] {
  const result: number[] = []
  for (const line of lines) {
    for (const character of line.text) if (!/\s/u.test(character)) result.push(line.line)
  }
  return result
}
