import type {MeetingEvent} from './eventTypes.js'

/** Held summits and talks with whole days: the readings that may tell one meeting over several days. */
const mergeable = (event: MeetingEvent) => (event.kind === 'summit' || event.kind === 'talks') && (event.status ?? 'held') === 'held' && event.startDate !== undefined

const overlap = (a: MeetingEvent, b: MeetingEvent) => a.startDate! <= (b.endDate ?? b.startDate!) && b.startDate! <= (a.endDate ?? a.startDate!)

const shareSomeone = (a: MeetingEvent, b: MeetingEvent) => a.attendees.some((name) => b.attendees.includes(name)) || (a.location !== undefined && a.location.name === b.location?.name)

/**
 * One identity for the readings of a meeting that spans several days: a
 * summit told from its first to its last day and talks told on its second day
 * between the same people (or at the same place) are one meeting. Readings of
 * the meeting class whose days overlap and that share an attendee or the place
 * take the IRI of the one that starts first (the longest when two start
 * together), and the merged meeting spans all their days. Returns the IRI each
 * reading's old IRI becomes (readings without a partner keep theirs).
 */
export function overlappingMeetings(readings: MeetingEvent[]): Map<string, {id: string; startDate: string; endDate: string}> {
  const candidates = readings.filter(mergeable)
  const parent = candidates.map((_, index) => index)
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)))
  for (const [i, a] of candidates.entries()) {
    for (const [j, b] of candidates.entries()) {
      if (j <= i || a.id === b.id || !overlap(a, b) || !shareSomeone(a, b)) continue
      parent[root(j)] = root(i)
    }
  }
  const groups = new Map<number, MeetingEvent[]>()
  for (const [index, event] of candidates.entries()) groups.set(root(index), [...(groups.get(root(index)) ?? []), event])
  const renamed = new Map<string, {id: string; startDate: string; endDate: string}>()
  for (const group of groups.values()) {
    if (new Set(group.map((event) => event.id)).size < 2) continue
    const ends = group.map((event) => event.endDate ?? event.startDate!)
    const first = [...group].sort((a, b) => (a.startDate! < b.startDate! ? -1 : a.startDate! > b.startDate! ? 1 : (b.endDate ?? '') < (a.endDate ?? '') ? -1 : 1))[0]!
    const span = {id: first.id, startDate: first.startDate!, endDate: ends.sort().at(-1)!}
    for (const event of group) renamed.set(event.id, span)
  }
  return renamed
}
