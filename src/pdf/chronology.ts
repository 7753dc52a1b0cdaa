/** Lines of a chronology (大事年表): year headers and dated entries. */

/** `2 月 12 日`, `6 月 29 日至 30 日`, `12月 22 日`, `9 月` (month only), at the start of a line. */
const dated = /^\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/u
/** A year on its own: `2017 年`. */
const yearHeader = /^\d{4}\s*年$/u

export function isDatedLine(text: string): boolean {
  return dated.test(text)
}

export function isYearHeader(text: string): boolean {
  return yearHeader.test(text)
}

/**
 * Whether a chronology starts at `index`: the line is dated or a year header
 * and dated lines are dense in what follows. Ordinary prose rarely starts a
 * line with a month, and never several times in a few lines.
 */
export function startsChronology(texts: readonly string[], index: number, window = 10, minimum = 4): boolean {
  const first = texts[index]
  if (first === undefined || !(isDatedLine(first) || isYearHeader(first))) return false
  let count = 0
  for (const text of texts.slice(index, index + window)) if (isDatedLine(text)) count++
  return count >= minimum
}
