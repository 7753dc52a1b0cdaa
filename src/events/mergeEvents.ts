import type {MeetingEvent} from './eventTypes.js'
import {extent, pushTo} from '../core/collect.js'
import {overlappingMeetings} from './overlappingMeetings.js'

const union = <T>(items: T[], key: (item: T) => string = String): T[] => {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)))
}

/**
 * One event per IRI: the readings of one meeting in a document (its section,
 * the lead, a trip, a sentence of a biography) are merged. The first reading
 * by the order of `readings` gives the name (a heading's or a title's over a
 * sentence's); the others' names become alternate names; dates, place and
 * series come from the first that has them; attendees, roles, documents and
 * evidence are the union. Readings of one meeting over several days (days
 * overlapping, an attendee or the place shared) are one meeting, from its
 * first day to its last.
 */
export function mergeEvents(readings: MeetingEvent[]): MeetingEvent[] {
  const renamed = overlappingMeetings(readings)
  const byId = new Map<string, MeetingEvent[]>()
  for (const reading of readings) {
    const span = renamed.get(reading.id)
    // A reading of some of the days keeps its words as evidence, not as those of the meeting's dates.
    const partial = span !== undefined && (reading.startDate !== span.startDate || reading.endDate !== span.endDate)
    const event = span ? {...reading, id: span.id, startDate: span.startDate, endDate: span.endDate, ...(partial ? {dateSpan: undefined} : {})} : reading
    pushTo(byId, event.id, event)
  }
  const merged: MeetingEvent[] = []
  for (const group of byId.values()) {
    const [first, ...others] = group
    const event: MeetingEvent = {...first!}
    for (const other of others) {
      event.startDate ??= other.startDate
      event.endDate ??= other.endDate
      event.date ??= other.date
      event.dateSpan ??= other.dateSpan
      event.plannedDate ??= other.plannedDate
      event.location ??= other.location
      event.superEvent ??= other.superEvent
      event.namedEntity ??= other.namedEntity
      event.description ??= other.description
      if (event.roles.length === 0) event.roles = other.roles
      if (event.positions.length === 0) event.positions = other.positions
      if (event.outcomes.length === 0) event.outcomes = other.outcomes
    }
    const names = union(group.flatMap((reading) => [reading.name, ...(reading.alternateNames ?? [])]))
    if (names.length > 1) event.alternateNames = names.slice(1)
    event.attendees = union(group.flatMap((reading) => reading.attendees))
    const attendance = union(
      group.flatMap((reading) => reading.attendance ?? []),
      (item) => `${item.name}@${item.span.start}-${item.span.end}`
    )
    if (attendance.length > 0) event.attendance = attendance
    event.documents = union(group.flatMap((reading) => reading.documents))
    event.evidence = union(
      group.flatMap((reading) => reading.evidence),
      (span) => `${span.start}-${span.end}`
    )
    const counterparts = union(group.flatMap((reading) => reading.counterparts ?? []))
    if (counterparts.length > 0) event.counterparts = counterparts
    event.start = extent(group.map((reading) => reading.start))[0]
    merged.push(event)
  }
  return merged
}
