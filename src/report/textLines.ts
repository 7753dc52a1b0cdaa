/** The lines of a record's text with their code-point spans (records count code points). */
export interface TextLine {
  start: number
  end: number
  /** The line's characters, one code point per item. */
  chars: string[]
}

/** Non-empty lines of `text`; blank lines separate blocks and carry nothing to show. */
export function textLines(text: string): TextLine[] {
  const chars = Array.from(text)
  const lines: TextLine[] = []
  let start = 0
  for (let index = 0; index <= chars.length; index++) {
    if (index < chars.length && chars[index] !== '\n') continue
    if (index > start) lines.push({start, end: index, chars: chars.slice(start, index)})
    start = index + 1
  }
  return lines
}

const sentenceEnd = /[。！？!?；;]/

/** Context shown at most on either side, so a list or table without sentence ends stays readable. */
const maxContext = 60

/** The sentence around a span, within its line: from after the previous sentence end through the next one. */
export function sentenceAround(line: TextLine, start: number, end: number): {before: string; match: string; after: string} {
  const from = start - line.start
  const to = Math.min(end, line.end) - line.start
  let left = from
  while (left > 0 && from - left < maxContext && !sentenceEnd.test(line.chars[left - 1]!)) left--
  let right = to
  while (right < line.chars.length && right - to < maxContext && !sentenceEnd.test(line.chars[right]!)) right++
  if (right < line.chars.length && sentenceEnd.test(line.chars[right]!)) right++
  const cut = (chars: string[], isStart: boolean, cutShort: boolean) => (cutShort ? (isStart ? `…${chars.join('')}` : `${chars.join('')}…`) : chars.join(''))
  return {
    before: cut(line.chars.slice(left, from), true, from - left >= maxContext),
    match: line.chars.slice(from, to).join(''),
    after: cut(line.chars.slice(to, right), false, right - to >= maxContext && right < line.chars.length)
  }
}

/** The line holding a code-point offset (binary search over sorted lines). */
export function lineAt(lines: TextLine[], offset: number): TextLine | undefined {
  let low = 0
  let high = lines.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const line = lines[mid]!
    if (offset < line.start) high = mid - 1
    else if (offset >= line.end) low = mid + 1
    else return line
  }
  return undefined
}
