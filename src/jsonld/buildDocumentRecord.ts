import type {VFile} from 'vfile'
import type {InfoboxField, LinkMention, Section, SourceKind} from '../core/types.js'
import type {Entity, EntityMention} from '../entities/entityTypes.js'
import {entityIri} from '../entities/extractEntities.js'
import type {TimeExpression} from '../time/timeTypes.js'
import {createIriChecker, type IriChecker} from './checkLinkIris.js'
import {documentIri, recordContext} from './context.js'
import {eventNode} from './eventNode.js'
import {evidenceAnnotations} from './evidenceAnnotations.js'

const documentType: Record<SourceKind, string> = {
  wiki: 'Article',
  wikitext: 'Article',
  news: 'NewsArticle',
  webpage: 'Article',
  pdf: 'Report',
  'pdf-file': 'Report',
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
  const isWebPage = kind === 'wiki' || kind === 'wikitext' || kind === 'news' || kind === 'webpage'
  // Every IRI that comes from the source goes through one check (http(s) only, relative ones resolved, IRIREF-safe).
  const iriOf = createIriChecker(file, meta.url)

  const document: JsonObject = {'@id': id, '@type': documentType[kind]}
  if (meta.title !== undefined) document.name = meta.title
  if (meta.alternateNames?.length) document.alternateName = meta.alternateNames
  // The byline as stated (a literal: it may name a desk, an agency or several people).
  if (meta.author !== undefined) document.author = meta.author
  const url = meta.url === undefined ? undefined : iriOf(meta.url)
  if (url !== undefined) document.url = url
  if (meta.language !== undefined) document.inLanguage = meta.language
  // A whole timestamp is an xsd:dateTime (the context's type); a day alone is an xsd:date.
  if (meta.datePublished !== undefined) document.datePublished = /T/.test(meta.datePublished) ? meta.datePublished : {'@value': meta.datePublished, '@type': 'xsd:date'}
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
  if (meta.infobox?.length) document['kpd:infobox'] = meta.infobox.map(infoboxNode)
  const entities = data.entities ?? []
  if (entities.length > 0) document.mentions = entities.map((entity) => entity.id)

  const times = data.times ?? []
  const annotations = [
    ...linksOf(file).flatMap((link) => {
      const body = iriOf(link.url)
      return body === undefined ? [] : [{start: link.start, end: link.end, node: linkAnnotation({...link, url: body}, id)}]
    }),
    ...times.map((time) => ({start: time.start, end: time.end, node: timeAnnotation(time, times, id)})),
    ...(data.entityMentions ?? []).map((mention) => ({start: mention.start, end: mention.end, node: mentionAnnotation(mention, id)}))
  ].sort((a, b) => a.start - b.start || a.end - b.end || String(a.node['@id']).localeCompare(String(b.node['@id'])))
  const events = data.events ?? []
  const mentionIds = new Set((data.entityMentions ?? []).map((mention) => `${id}#mention-${mention.start}-${mention.end}`))
  const evidence = evidenceAnnotations(events, id, [...(data.text ?? '')], mentionIds).map((node) => ({start: Number(/-(\d+)-(\d+)/.exec(String(node['@id']))![1]), node}))
  // An event named by an entity (a summit, the series) is one node with it.
  const entityNodes = entities.map((entity) => entityNode(entity, iriOf))
  const byId = new Map(entityNodes.map((node) => [node['@id'], node]))
  const eventNodes: JsonObject[] = []
  for (const event of events) {
    const node = eventNode(event, events, id, mentionIds)
    const entity = byId.get(event.id)
    if (entity) {
      const {'@id': _, '@type': __, name: ___, ...details} = node
      Object.assign(entity, details)
    } else {
      eventNodes.push(node)
    }
  }
  const annotationNodes = [...annotations, ...evidence].sort((a, b) => a.start - b.start || String(a.node['@id']).localeCompare(String(b.node['@id']))).map((annotation) => annotation.node)
  const language = meta.language ?? 'zh-Hans'
  return {'@context': recordContext(language), '@graph': [document, ...entityNodes, ...eventNodes, ...annotationNodes]}
}

/** An infobox field as structured data: which box, which field, what it names, its text and linked pages. */
function infoboxNode(field: InfoboxField): JsonObject {
  const node: JsonObject = {'@type': 'kpd:InfoboxField', 'kpd:infobox': field.infobox, 'kpd:field': field.field, 'kpd:names': field.names, 'kpd:value': field.value}
  if (field.links?.length) node['kpd:links'] = field.links
  return node
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

/** The links that select words and point to an http(s) IRI (encoded as one); any other is left out with a warning. */
function linksOf(file: VFile): LinkMention[] {
  const links: LinkMention[] = []
  // Whether the target is an IRI is for the record's IRI check (`checkLinkIris`); here, the words.
  for (const link of file.data.links ?? []) {
    if (link.end <= link.start) file.message(`The link to ${link.url} selects no words (empty anchor); left out`, {ruleId: 'link-empty', source: 'jsonld'})
    else links.push(link)
  }
  return links
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
