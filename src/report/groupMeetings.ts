import type {EventView, NamedRef} from './model.js'
import {sitePaths} from './paths.js'
import {pushTo} from '../core/collect.js'

/** One real meeting: the events of every source that state it. */
export interface Meeting {
  /** The group's smallest IRI: stable across runs. */
  key: string
  path: string
  name: string
  events: EventView[]
  /** The first day (`startDate`, else the start of the EDTF `kpd:date`). */
  start?: string
  end?: string
  /** A leaf meeting with a date: it gets a mark on the timeline. */
  onTimeline: boolean
  people: NamedRef[]
}

/** Which name a group shows: the most specific kind of event, then source order. */
const kindRank: Record<string, number> = {session: 0, summit: 1, round: 2, trip: 3, dated: 4, series: 5}

/** The first day an event's dates state, as `YYYY[-MM[-DD]]`. */
export function firstDay(event: EventView): string | undefined {
  if (event.startDate) return event.startDate.slice(0, 10)
  const match = event.date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/)
  if (!match) return undefined
  // Seasons, quarters and halves (EDTF months 21–41) say only the year here.
  return match[2] && Number(match[2]) > 12 ? match[1] : match[0]
}

/** Every person an event names: attendees and heads of delegation, by IRI (else name). */
export function peopleOf(event: EventView): NamedRef[] {
  return [...event.people, ...event.roles.flatMap((role) => (role.person ? [role.person] : []))]
}

const personKey = (person: NamedRef) => person.iri ?? `name:${person.name}`

class UnionFind {
  private parent = new Map<number, number>()
  find(item: number): number {
    const up = this.parent.get(item) ?? item
    if (up === item) return item
    const root = this.find(up)
    this.parent.set(item, root)
    return root
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }
}

const isLeaf = (event: EventView) => event.kind !== 'series' && event.subEvents.length === 0

/**
 * Groups the events of all documents into meetings: the same IRI is the same
 * meeting (sources that agree on identity), and so are two dated leaf events
 * that start the same day with at least one person in common — clearly the
 * same meeting told twice (a summit section and a trip block of the same day).
 */
export function groupMeetings(events: EventView[]): Meeting[] {
  const sets = new UnionFind()
  const byIri = new Map<string, number>()
  const byDayAndPerson = new Map<string, number>()
  events.forEach((event, index) => {
    const same = byIri.get(event.iri)
    if (same === undefined) byIri.set(event.iri, index)
    else sets.union(same, index)
    const day = event.startDate
    if (!day || !isLeaf(event)) return
    for (const person of peopleOf(event)) {
      const key = `${day} ${personKey(person)}`
      const other = byDayAndPerson.get(key)
      if (other === undefined) byDayAndPerson.set(key, index)
      else sets.union(other, index)
    }
  })
  const groups = new Map<number, EventView[]>()
  events.forEach((event, index) => {
    const root = sets.find(index)
    pushTo(groups, root, event)
  })
  return [...groups.values()].map(toMeeting).sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.name.localeCompare(b.name) || a.key.localeCompare(b.key))
}

function toMeeting(events: EventView[]): Meeting {
  const sorted = [...events].sort((a, b) => (kindRank[a.kind] ?? 9) - (kindRank[b.kind] ?? 9) || a.stem.localeCompare(b.stem) || a.iri.localeCompare(b.iri))
  const first = sorted[0]!
  const key = [...events.map((event) => event.iri)].sort()[0]!
  const start = sorted
    .map(firstDay)
    .filter((day): day is string => !!day)
    .sort()[0]
  const end = sorted
    .map((event) => event.endDate)
    .filter((day): day is string => !!day)
    .sort()
    .pop()
  const people = new Map<string, NamedRef>()
  for (const person of sorted.flatMap(peopleOf)) if (!people.has(personKey(person))) people.set(personKey(person), person)
  return {
    key,
    path: sitePaths.meeting(key, start),
    name: first.name,
    events: sorted,
    start,
    end,
    // A chronology line is a dated statement, not a meeting: alone it gets a page, not a mark.
    onTimeline: start !== undefined && sorted.some((event) => isLeaf(event) && event.kind !== 'dated'),
    people: [...people.values()]
  }
}
