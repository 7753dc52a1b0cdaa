import {entityIri} from '../entities/extractEntities.js'
import type {MeetingEvent, Span} from '../events/eventTypes.js'
import type {JsonObject} from './buildDocumentRecord.js'

const reference = (name: string, type: string) => ({'@id': entityIri(name), '@type': type, name})

/** IRIs of the annotations events point to (each is written once, by `evidenceAnnotations` or the mention/time ones). */
export const annotationIds = {
  evidence: (documentId: string, span: Span) => `${documentId}#evidence-${span.start}-${span.end}`,
  mention: (documentId: string, span: Span) => `${documentId}#mention-${span.start}-${span.end}`,
  time: (documentId: string, span: Span) => `${documentId}#time-${span.start}-${span.end}`,
  subject: (documentId: string, span: Span, name: string) => `${documentId}#subject-${span.start}-${span.end}-${encodeURIComponent(name)}`
}

/** A Role's IRI: its event and the state it represents (and the person, when one event has two heads for a state). */
export function roleIds(event: MeetingEvent): string[] {
  const keys = event.roles.map((role) => encodeURIComponent(role.country ?? 'unknown'))
  return event.roles.map((role, index) => {
    const shared = keys.filter((key) => key === keys[index]).length > 1
    return `${event.id}#role-${keys[index]}${shared ? `-${encodeURIComponent(role.person ?? `line-${role.start}`)}` : ''}`
  })
}

/**
 * A meeting as a `schema:Event`: kind and status, typed dates, place (in the
 * places the source states it lies in), hierarchy, attendees (people directly,
 * heads of delegation as `schema:Role` keyed by event and state), and for each
 * derived fact the annotation of the words it came from: `prov:wasDerivedFrom`
 * (all of them), `kpd:dateFrom`, `kpd:placeFrom`, `kpd:attendeeFrom`.
 * `children`: the events whose `superEvent` it is, in the record's order.
 */
export function eventNode(event: MeetingEvent, children: MeetingEvent[], documentId: string, mentionIds: Set<string>): JsonObject {
  const node: JsonObject = {'@id': event.id, '@type': 'Event', name: event.name}
  if (event.alternateNames?.length) node.alternateName = event.alternateNames
  if (event.description !== undefined && event.description !== event.name) node.description = event.description
  node['kpd:eventKind'] = event.kind
  if (event.status === 'planned') node.eventStatus = 'schema:EventScheduled'
  if (event.status === 'cancelled') node.eventStatus = 'schema:EventCancelled'
  if (event.startDate) node.startDate = event.startDate
  if (event.endDate) node.endDate = event.endDate
  if (event.date && !event.startDate) node['kpd:date'] = {'@value': event.date, '@type': 'edtf:EDTF'}
  if (event.plannedDate) node['kpd:plannedDate'] = {'@value': event.plannedDate, '@type': 'edtf:EDTF'}
  if (event.namedEntity) node['kpd:namedEntity'] = event.namedEntity
  const derived: string[] = event.evidence.map((span) => annotationIds.evidence(documentId, span))
  if (event.dateSpan) {
    node['kpd:dateFrom'] = annotationIds.time(documentId, event.dateSpan)
    derived.push(node['kpd:dateFrom'] as string)
  }
  if (event.location) {
    const place: JsonObject = reference(event.location.name, 'Place')
    if (event.location.within.length > 0) place.containedInPlace = event.location.within.map((name) => ({'@id': entityIri(name)}))
    node.location = place
    const span = event.location.span
    if (span) {
      const mention = annotationIds.mention(documentId, span)
      node['kpd:placeFrom'] = mentionIds.has(mention) ? mention : annotationIds.evidence(documentId, span)
      derived.push(node['kpd:placeFrom'] as string)
    }
  }
  if (event.superEvent) node.superEvent = event.superEvent
  if (children.length > 0) node.subEvent = children.map((child) => ({'@id': child.id}))
  const attendees: JsonObject[] = event.attendees.map((name) => reference(name, 'Person'))
  const attendeeFrom = (event.attendance ?? []).map((attendee) => (attendee.from === 'page' ? annotationIds.subject(documentId, attendee.span, attendee.name) : annotationIds.mention(documentId, attendee.span)))
  const ids = roleIds(event)
  for (const [index, role] of event.roles.entries()) {
    const roleNode: JsonObject = {'@id': ids[index], '@type': 'Role', roleName: role.roleName}
    if (role.person) roleNode.attendee = reference(role.person, 'Person')
    if (role.country) roleNode.represents = reference(role.country, 'Country')
    if (role.description) roleNode.description = role.description
    if (role.countryFrom) roleNode['kpd:countryFrom'] = role.countryFrom
    roleNode['prov:wasDerivedFrom'] = annotationIds.evidence(documentId, role)
    if (role.personSpan) {
      const mention = annotationIds.mention(documentId, role.personSpan)
      roleNode['kpd:attendeeFrom'] = mentionIds.has(mention) ? mention : annotationIds.evidence(documentId, role.personSpan)
    }
    attendees.push(roleNode)
  }
  if (attendees.length > 0) node.attendee = attendees
  if (attendeeFrom.length > 0) node['kpd:attendeeFrom'] = [...new Set(attendeeFrom)]
  if (event.about?.length) node.about = event.about.map((name) => reference(name, 'Person'))
  if (event.counterparts?.length) node['kpd:counterpart'] = event.counterparts.map((name) => ({'@id': entityIri(name)}))
  if (event.positions.length > 0) {
    node['kpd:statedPosition'] = event.positions.map((position, index) => {
      const statement: JsonObject = {'@id': `${event.id}#position-${encodeURIComponent(position.country ?? String(index + 1))}`, '@type': 'kpd:StatedPosition', text: position.text}
      if (position.country) statement.represents = reference(position.country, 'Country')
      return statement
    })
  }
  if (event.outcomes.length > 0) node['kpd:outcome'] = event.outcomes
  if (event.documents.length > 0) node['kpd:signedDocument'] = event.documents.map((name) => ({'@id': entityIri(name)}))
  node['prov:wasDerivedFrom'] = [...new Set([...derived, ...attendeeFrom])]
  return node
}
