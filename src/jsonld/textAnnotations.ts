import type {VFile} from 'vfile'
import type {LinkMention} from '../core/types.js'
import type {EntityMention} from '../entities/entityTypes.js'
import {entityIri} from '../entities/extractEntities.js'
import type {TimeExpression} from '../time/timeTypes.js'
import type {JsonObject} from './buildDocumentRecord.js'

/*
 * The annotations of the words of a text (Web Annotation model): links, time
 * expressions and entity mentions, each with a position and a quote selector.
 */

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
export function linksOf(file: VFile): LinkMention[] {
  const links: LinkMention[] = []
  // Whether the target is an IRI is for the record's IRI check (`checkLinkIris`); here, the words.
  for (const link of file.data.links ?? []) {
    if (link.end <= link.start) file.message(`The link to ${link.url} selects no words (empty anchor); left out`, {ruleId: 'link-empty', source: 'jsonld'})
    else links.push(link)
  }
  return links
}

export function linkAnnotation(link: LinkMention, documentId: string): JsonObject {
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
export function timeAnnotation(time: TimeExpression, times: TimeExpression[], documentId: string): JsonObject {
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

/** A mention of an entity: the words of the text that name it, and the evidence it was found by. */
export function mentionAnnotation(mention: EntityMention, documentId: string): JsonObject {
  return {
    '@id': `${documentId}#mention-${mention.start}-${mention.end}`,
    '@type': 'oa:Annotation',
    'oa:motivatedBy': 'oa:identifying',
    'oa:hasBody': entityIri(mention.name),
    'oa:hasTarget': textTarget(documentId, mention.start, mention.end, mention.exact),
    'kpd:evidence': mention.source
  }
}
