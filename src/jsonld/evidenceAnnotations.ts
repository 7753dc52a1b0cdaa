import {entityIri} from '../entities/extractEntities.js'
import type {MeetingEvent, Span} from '../events/eventTypes.js'
import type {JsonObject} from './buildDocumentRecord.js'
import {textTarget} from './textAnnotations.js'
import {annotationIds, roleIds} from './eventNode.js'

/**
 * The annotations of the words events come from, one per span: the heading,
 * sentence or line an event or Role was read from (`oa:describing`, bodies =
 * what it describes), a venue line (body = the place), a head's name that no
 * mention covers (body = the person), and the sentence whose
 * unsaid subject is the page's person (`oa:identifying`, body = that person).
 */
export function evidenceAnnotations(events: MeetingEvent[], documentId: string, characters: string[], mentionIds: Set<string>): JsonObject[] {
  const bodies = new Map<string, {span: Span; bodies: Set<string>; motivation: string; evidence?: string}>()
  const add = (id: string, span: Span, body: string, motivation = 'oa:describing', evidence?: string) => {
    const entry = bodies.get(id) ?? {span, bodies: new Set<string>(), motivation, ...(evidence ? {evidence} : {})}
    entry.bodies.add(body)
    bodies.set(id, entry)
  }
  for (const event of events) {
    for (const span of event.evidence) add(annotationIds.evidence(documentId, span), span, event.id)
    const venue = event.location?.span
    if (venue && !mentionIds.has(annotationIds.mention(documentId, venue))) add(annotationIds.evidence(documentId, venue), venue, entityIri(event.location!.name))
    const ids = roleIds(event)
    for (const [index, role] of event.roles.entries()) {
      add(annotationIds.evidence(documentId, role), role, ids[index]!)
      // A head's name read from the line where the entity stage found no mention (`Name, Title` in English): its own annotation.
      const name = role.personSpan
      if (name && role.person && !mentionIds.has(annotationIds.mention(documentId, name))) add(annotationIds.evidence(documentId, name), name, entityIri(role.person), 'oa:identifying')
    }
    for (const attendee of event.attendance ?? []) {
      if (attendee.from === 'page') add(annotationIds.subject(documentId, attendee.span, attendee.name), attendee.span, entityIri(attendee.name), 'oa:identifying', 'page-subject')
    }
  }
  return [...bodies.entries()]
    .sort((a, b) => a[1].span.start - b[1].span.start || a[1].span.end - b[1].span.end || (a[0] < b[0] ? -1 : 1))
    .map(([id, entry]) => {
      const annotation: JsonObject = {
        '@id': id,
        '@type': 'oa:Annotation',
        'oa:motivatedBy': entry.motivation,
        'oa:hasBody': [...entry.bodies].sort(),
        'oa:hasTarget': textTarget(documentId, entry.span.start, entry.span.end, characters.slice(entry.span.start, entry.span.end).join(''))
      }
      if (entry.evidence) annotation['kpd:evidence'] = entry.evidence
      return annotation
    })
}
