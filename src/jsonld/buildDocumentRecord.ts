import type {VFile} from 'vfile'
import type {Entity} from '../entities/entityTypes.js'
import type {MeetingEvent} from '../events/eventTypes.js'
import {createIriChecker, type IriChecker} from './checkLinkIris.js'
import {documentIri, recordContext} from './context.js'
import {documentNode} from './documentNode.js'
import {eventNode} from './eventNode.js'
import {evidenceAnnotations} from './evidenceAnnotations.js'
import {linkAnnotation, linksOf, mentionAnnotation, timeAnnotation} from './textAnnotations.js'

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
  // Every IRI that comes from the source goes through one check (http(s) only, relative ones resolved, IRIREF-safe).
  const iriOf = createIriChecker(file, meta.url)

  const document = documentNode(file, id, iriOf)
  const times = data.times ?? []
  const annotations = [
    ...linksOf(file).flatMap((link) => {
      const body = iriOf(link.url)
      return body === undefined ? [] : [{start: link.start, end: link.end, node: linkAnnotation({...link, url: body}, id)}]
    }),
    ...times.map((time) => ({start: time.start, end: time.end, node: timeAnnotation(time, times, id)})),
    ...(data.entityMentions ?? []).map((mention) => ({start: mention.start, end: mention.end, node: mentionAnnotation(mention, id)}))
  ].sort((a, b) => a.start - b.start || a.end - b.end || byAnnotationId(a.node, b.node))
  const events = data.events ?? []
  const mentionIds = new Set((data.entityMentions ?? []).map((mention) => `${id}#mention-${mention.start}-${mention.end}`))
  const evidence = evidenceAnnotations(events, id, [...(data.text ?? '')], mentionIds).map((node) => ({start: Number(/-(\d+)-(\d+)/.exec(String(node['@id']))![1]), node}))
  // An event named by an entity (a summit, the series) is one node with it.
  const entityNodes = (data.entities ?? []).map((entity) => entityNode(entity, iriOf))
  const byId = new Map(entityNodes.map((node) => [node['@id'], node]))
  const eventNodes: JsonObject[] = []
  // Each event's sub-events, gathered once (a filter of all events per event was quadratic).
  const children = new Map<string, MeetingEvent[]>()
  for (const event of events) {
    if (event.superEvent === undefined) continue
    const siblings = children.get(event.superEvent)
    if (siblings) siblings.push(event)
    else children.set(event.superEvent, [event])
  }
  for (const event of events) {
    const node = eventNode(event, children.get(event.id) ?? [], id, mentionIds)
    const entity = byId.get(event.id)
    if (entity) {
      const {'@id': _, '@type': __, name: ___, ...details} = node
      Object.assign(entity, details)
    } else {
      eventNodes.push(node)
    }
  }
  const annotationNodes = [...annotations, ...evidence].sort((a, b) => a.start - b.start || byAnnotationId(a.node, b.node)).map((annotation) => annotation.node)
  const language = meta.language ?? 'zh-Hans'
  return {'@context': recordContext(language), '@graph': [document, ...entityNodes, ...eventNodes, ...annotationNodes]}
}

/** An entity: one node per canonical name, the same `@id` in every record. */
function entityNode(entity: Entity, iriOf: IriChecker): JsonObject {
  const node: JsonObject = {'@id': entity.id, '@type': entity.type, name: entity.name}
  if (entity.alternateNames.length > 0) node.alternateName = entity.alternateNames
  const sameAs = entity.sameAs ? iriOf(entity.sameAs) : undefined
  if (sameAs !== undefined) node.sameAs = sameAs
  return node
}

/** Ties in text order by `@id`, compared by UTF-16 code units: `localeCompare` follows the ICU of the machine, and output must not. */
function byAnnotationId(a: {'@id'?: unknown}, b: {'@id'?: unknown}): number {
  const left = String(a['@id'])
  const right = String(b['@id'])
  return left < right ? -1 : left > right ? 1 : 0
}
