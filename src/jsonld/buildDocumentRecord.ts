import type {VFile} from 'vfile'
import type {LinkMention, Section, SourceKind} from '../core/types.js'
import type {Entity, EntityMention} from '../entities/entityTypes.js'
import type {MeetingEvent} from '../events/eventTypes.js'
import {entityIri} from '../entities/extractEntities.js'
import type {TimeExpression} from '../time/timeTypes.js'
import {createIriChecker, type IriChecker} from './checkLinkIris.js'
import {context, documentIri} from './context.js'

const documentType: Record<SourceKind, string> = {
  wiki: 'Article',
  news: 'NewsArticle',
  pdf: 'Report',
  markdown: 'Article',
  text: 'CreativeWork'
}

/** JSON value of a record, with keys in the order they are written. */
export type JsonObject = {[key: string]: unknown}

/**
 * The JSON-LD record of one source (`@graph`: the document node, then its
 * annotations in text order). Every key is set in a fixed order and every
 * array sorted by content, so the same input always gives the same bytes.
 */
export function buildDocumentRecord(file: VFile): JsonObject {
  const data = file.data
  const id = documentIri(data.stem!)
  const meta = data.meta ?? {}
  const kind = data.kind ?? 'text'
  const isWebPage = kind === 'wiki' || kind === 'news'
  // Every IRI that comes from the source goes through one check (http(s) only, relative ones resolved, IRIREF-safe).
  const iriOf = createIriChecker(file, meta.url)

  const document: JsonObject = {'@id': id, '@type': documentType[kind]}
  if (meta.title !== undefined) document.name = meta.title
  const url = meta.url === undefined ? undefined : iriOf(meta.url)
  if (url !== undefined) document.url = url
  if (meta.language !== undefined) document.inLanguage = meta.language
  if (meta.datePublished !== undefined) document.datePublished = meta.datePublished
  if (meta.keywords?.length) document.keywords = meta.keywords
  document['kpd:sourceKind'] = kind
  document['kpd:sourceFile'] = data.sourceName
  document.text = data.text ?? ''
  const sections = (data.sections ?? []).map((section, index) => sectionNode(section, `${id}#section-${index + 1}`, isWebPage))
  if (sections.length > 0) document.hasPart = sections
  if (meta.citations?.length) {
    document.citation = meta.citations.map((citation) => {
      const citationUrl = iriOf(citation.url)
      return citationUrl === undefined ? {'@type': 'CreativeWork', name: citation.name} : {'@type': 'CreativeWork', name: citation.name, url: citationUrl}
    })
  }
  const related = (meta.seeAlso ?? []).map((page) => iriOf(page.url)).filter((iri) => iri !== undefined)
  if (related.length > 0) document.relatedLink = related
  const images = (meta.images ?? []).map(iriOf).filter((iri) => iri !== undefined)
  if (images.length > 0) document.image = images
  const entities = data.entities ?? []
  if (entities.length > 0) document.mentions = entities.map((entity) => entity.id)

  const times = data.times ?? []
  const annotations = [
    ...(data.links ?? []).flatMap((link) => {
      const body = iriOf(link.url)
      return body === undefined ? [] : [{start: link.start, end: link.end, node: linkAnnotation({...link, url: body}, id)}]
    }),
    ...times.map((time) => ({start: time.start, end: time.end, node: timeAnnotation(time, times, id)})),
    ...(data.entityMentions ?? []).map((mention) => ({start: mention.start, end: mention.end, node: mentionAnnotation(mention, id)}))
  ].sort((a, b) => a.start - b.start || a.end - b.end || String(a.node['@id']).localeCompare(String(b.node['@id'])))
  const events = data.events ?? []
  // An event named by an entity (a summit, the series) is one node with it.
  const entityNodes = entities.map((entity) => entityNode(entity, iriOf))
  const byId = new Map(entityNodes.map((node) => [node['@id'], node]))
  const eventNodes: JsonObject[] = []
  for (const event of events) {
    const node = eventNode(event, events)
    const entity = byId.get(event.id)
    if (entity) {
      const {'@id': _, '@type': __, name: ___, ...details} = node
      Object.assign(entity, details)
    } else {
      eventNodes.push(node)
    }
  }
  return {'@context': context, '@graph': [document, ...entityNodes, ...eventNodes, ...annotations.map((annotation) => annotation.node)]}
}

function sectionNode(section: Section, id: string, isWebPage: boolean): JsonObject {
  const node: JsonObject = {
    '@id': id,
    '@type': isWebPage ? 'WebPageElement' : 'CreativeWork',
    name: section.name,
    'kpd:headingLevel': section.depth,
    'kpd:start': section.start,
    'kpd:end': section.end
  }
  if (section.children.length > 0) {
    node.hasPart = section.children.map((child, index) => sectionNode(child, `${id}-${index + 1}`, isWebPage))
  }
  return node
}

/** Selector pair of the Web Annotation model: both must agree with `schema:text`. */
export function textTarget(documentId: string, start: number, end: number, exact: string): JsonObject {
  return {
    'oa:hasSource': documentId,
    'oa:hasSelector': [
      {'@type': 'oa:TextPositionSelector', 'oa:start': start, 'oa:end': end},
      {'@type': 'oa:TextQuoteSelector', 'oa:exact': exact}
    ]
  }
}

function linkAnnotation(link: LinkMention, documentId: string): JsonObject {
  const annotation: JsonObject = {
    '@id': `${documentId}#link-${link.start}-${link.end}`,
    '@type': 'oa:Annotation',
    'oa:motivatedBy': 'oa:linking',
    'oa:hasBody': link.url,
    'oa:hasTarget': textTarget(documentId, link.start, link.end, link.exact),
    'kpd:anchorText': link.anchor,
    'kpd:anchorAlignment': link.alignment
  }
  if (link.pageTitle !== undefined) annotation['kpd:pageTitle'] = link.pageTitle
  return annotation
}

const timeId = (documentId: string, time: TimeExpression) => `${documentId}#time-${time.start}-${time.end}`

/**
 * A time expression: its body holds the EDTF value (`rdf:value`, typed
 * `edtf:EDTF`), the TIMEX3-style `kpd:mod` EDTF cannot hold, and how the
 * value was completed (`kpd:resolution`, `kpd:anchoredTo`).
 */
function timeAnnotation(time: TimeExpression, times: TimeExpression[], documentId: string): JsonObject {
  const body: JsonObject = {'@type': 'kpd:TimeValue', 'rdf:value': {'@value': time.value, '@type': 'edtf:EDTF'}}
  if (time.mod) body['kpd:mod'] = time.mod
  const annotation: JsonObject = {
    '@id': timeId(documentId, time),
    '@type': 'oa:Annotation',
    'oa:hasBody': body,
    'oa:hasTarget': textTarget(documentId, time.start, time.end, time.exact),
    'kpd:resolution': time.resolution
  }
  const anchor = time.anchor === undefined ? undefined : times[time.anchor]
  if (anchor) annotation['kpd:anchoredTo'] = timeId(documentId, anchor)
  return annotation
}

/** An entity: one node per canonical name, the same `@id` in every record. */
function entityNode(entity: Entity, iriOf: IriChecker): JsonObject {
  const node: JsonObject = {'@id': entity.id, '@type': entity.type, name: entity.name}
  if (entity.alternateNames.length > 0) node.alternateName = entity.alternateNames
  const sameAs = entity.sameAs ? iriOf(entity.sameAs) : undefined
  if (sameAs !== undefined) node.sameAs = sameAs
  return node
}

/** A mention of an entity: the words of the text that name it, and the evidence it was found by. */
function mentionAnnotation(mention: EntityMention, documentId: string): JsonObject {
  return {
    '@id': `${documentId}#mention-${mention.start}-${mention.end}`,
    '@type': 'oa:Annotation',
    'oa:motivatedBy': 'oa:identifying',
    'oa:hasBody': entityIri(mention.name),
    'oa:hasTarget': textTarget(documentId, mention.start, mention.end, mention.exact),
    'kpd:evidence': mention.source
  }
}

const reference = (name: string, type: string) => ({'@id': entityIri(name), '@type': type, name})

/**
 * A meeting as a `schema:Event`: dates, place (with the places it lies in),
 * hierarchy, and attendees — people directly, heads of delegation as
 * `schema:Role` (`roleName`, `represents` a Country, `description` = the
 * title as stated). Positions, outcomes, documents signed and the people a
 * trip met use project terms.
 */
function eventNode(event: MeetingEvent, events: MeetingEvent[]): JsonObject {
  const node: JsonObject = {'@id': event.id, '@type': 'Event', name: event.name}
  if (event.description !== undefined && event.description !== event.name) node.description = event.description
  node['kpd:eventKind'] = event.kind
  if (event.startDate) node.startDate = event.startDate
  if (event.endDate) node.endDate = event.endDate
  if (event.date && !event.startDate) node['kpd:date'] = {'@value': event.date, '@type': 'edtf:EDTF'}
  if (event.location) {
    const place: JsonObject = reference(event.location.name, 'Place')
    if (event.location.within.length > 0) place.containedInPlace = event.location.within.map((name) => ({'@id': entityIri(name)}))
    node.location = place
  }
  if (event.superEvent) node.superEvent = event.superEvent
  const children = events.filter((other) => other.superEvent === event.id)
  if (children.length > 0) node.subEvent = children.map((child) => ({'@id': child.id}))
  const attendees: JsonObject[] = event.attendees.map((name) => reference(name, 'Person'))
  for (const [index, role] of event.roles.entries()) {
    const roleNode: JsonObject = {'@id': `${event.id}#head-${index + 1}`, '@type': 'Role', roleName: role.roleName}
    if (role.person) roleNode.attendee = reference(role.person, 'Person')
    if (role.country) roleNode.represents = reference(role.country, 'Country')
    if (role.description) roleNode.description = role.description
    if (role.countryFrom) roleNode['kpd:countryFrom'] = role.countryFrom
    attendees.push(roleNode)
  }
  if (attendees.length > 0) node.attendee = attendees
  if (event.counterparts?.length) node['kpd:counterpart'] = event.counterparts.map((name) => ({'@id': entityIri(name)}))
  if (event.positions.length > 0) {
    node['kpd:statedPosition'] = event.positions.map((position, index) => {
      const statement: JsonObject = {'@id': `${event.id}#position-${index + 1}`, '@type': 'kpd:StatedPosition', text: position.text}
      if (position.country) statement.represents = reference(position.country, 'Country')
      return statement
    })
  }
  if (event.outcomes.length > 0) node['kpd:outcome'] = event.outcomes
  if (event.documents.length > 0) node['kpd:signedDocument'] = event.documents.map((name) => ({'@id': entityIri(name)}))
  return node
}
