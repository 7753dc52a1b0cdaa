/**
 * Lookups in lists sorted by offset, by binary search: the rules ask, per
 * match, for the span before or at an offset, and a scan of the whole list
 * per match made them quadratic in the length of the text.
 */

/** The first index of `0…length` whose value is at least `target`, the values ascending with the index; `length` if none. */
export function firstAtLeast(length: number, valueAt: (index: number) => number, target: number): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (valueAt(middle) < target) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The last of `spans` (in their order) that ends by an offset, as
 * `spans.filter((span) => span.end <= offset).at(-1)` answers: ends sorted,
 * with the latest position among each prefix.
 */
export function lastEndingBy<T extends {end: number}>(spans: readonly T[]): (offset: number) => T | undefined {
  const byEnd = spans.map((_, index) => index).sort((a, b) => spans[a]!.end - spans[b]!.end || a - b)
  const latest = new Int32Array(byEnd.length)
  byEnd.forEach((index, rank) => (latest[rank] = Math.max(index, rank > 0 ? latest[rank - 1]! : -1)))
  return (offset) => {
    const count = firstAtLeast(byEnd.length, (rank) => spans[byEnd[rank]!]!.end, offset + 1)
    return count === 0 ? undefined : spans[latest[count - 1]!]
  }
}
