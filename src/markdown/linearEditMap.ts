import {EditMap} from 'micromark-util-edit-map'

/**
 * micromark applies a batch of edits to its list of events by rebuilding the
 * whole list (`EditMap#consume` slices off the events before the first edit
 * and pushes them back one by one). Its document tokenizer does so each time
 * a list item or block quote closes, on the events of the whole document so
 * far: a document of many lists parsed in time quadratic in its length (a
 * 2 MB Wikipedia page: 80% of its ingest in `consume`). This `consume` leaves
 * the events before the first edit in place and rebuilds only the rest, so
 * an edit near the end costs what follows it: the same events in the same
 * order as the library's (`test/markdown/linearEditMap.test.ts` holds the
 * two together). Installed once, on import, for every micromark parser of
 * the process (remark-parse, mdast-util-from-markdown).
 */
type Event = Parameters<EditMap['consume']>[0][number]

export function consume(this: EditMap, events: Event[]): undefined {
  const map = this.map
  map.sort((a, b) => a[0] - b[0])
  if (map.length === 0) return undefined
  // From the last edit back: the events after it, then what it adds; the list is cut to where it starts.
  const tails: Event[][] = []
  for (let index = map.length - 1; index >= 0; index--) {
    const [at, remove, add] = map[index]!
    tails.push(events.slice(at + remove), add)
    events.length = at
  }
  // The events before the first edit stay; the rest goes back on in order.
  for (let index = tails.length - 1; index >= 0; index--) for (const event of tails[index]!) events.push(event)
  map.length = 0
  this.index.clear()
  return undefined
}

/** The library's own `consume`, as it was before this one replaced it (the tests compare the two). */
export const libraryConsume: EditMap['consume'] = EditMap.prototype.consume

EditMap.prototype.consume = consume
