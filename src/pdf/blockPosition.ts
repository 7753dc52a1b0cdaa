import type {Position} from 'unist'
import type {SourceLine} from './sourceLines.js'

/** The source range a block was made from: the start of its first line's text to the end of its last one's. */
export function blockPosition(lines: readonly SourceLine[]): Position {
  const first = lines[0]
  const last = lines.at(-1)
  if (!first || !last) throw new Error('A block has at least one line')
  return {
    start: {line: first.line, column: first.startColumn, offset: first.startOffset},
    end: {line: last.line, column: last.endColumn, offset: last.endOffset}
  }
}
