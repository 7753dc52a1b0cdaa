interface Span {
  start: number
  end: number
}

/** Whether the items are in order of their start (so `spansWithin` may search them). */
export function sortedByStart(items: readonly Span[]): boolean {
  for (let index = 1; index < items.length; index++) if (items[index]!.start < items[index - 1]!.start) return false
  return true
}

/**
 * The items lying within `span` (start ≥ span.start, end ≤ span.end), in
 * their order: the same as a filter over all of them, but with a binary
 * search to the first candidate when the items are sorted by start, so a
 * lookup costs what it finds rather than the whole document.
 */
export function spansWithin<T extends Span>(items: readonly T[], sorted: boolean, span: Span): T[] {
  if (!sorted) return items.filter((item) => item.start >= span.start && item.end <= span.end)
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (items[middle]!.start < span.start) low = middle + 1
    else high = middle
  }
  const found: T[] = []
  for (let index = low; index < items.length && items[index]!.start <= span.end; index++) {
    const item = items[index]!
    if (item.end <= span.end) found.push(item)
  }
  return found
}
