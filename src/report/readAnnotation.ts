import {asArray, isObject, text, type JsonObject} from './jsonValues.js'
import type {AnnotationKind, TextAnnotation} from './model.js'

/** The kind of an annotation from its IRI fragment, as the README names them. */
function kindOf(fragment: string): AnnotationKind | undefined {
  if (fragment.startsWith('time-')) return 'time'
  if (fragment.startsWith('mention-')) return 'mention'
  if (fragment.startsWith('link-')) return 'link'
  return undefined
}

/** Reads an `oa:Annotation` node; undefined when it is not one the report can place in the text. */
export function readAnnotation(node: JsonObject): TextAnnotation | undefined {
  const iri = text(node['@id'])
  if (!iri || !iri.includes('#')) return undefined
  const fragment = iri.slice(iri.indexOf('#') + 1)
  const kind = kindOf(fragment)
  if (!kind) return undefined
  const target = asArray(node['oa:hasTarget']).find(isObject)
  if (!target) return undefined
  let start: number | undefined
  let end: number | undefined
  let exact = ''
  for (const selector of asArray(target['oa:hasSelector'])) {
    if (!isObject(selector)) continue
    const type = text(selector['@type'])
    if (type === 'oa:TextPositionSelector') {
      start = Number(text(selector['oa:start']))
      end = Number(text(selector['oa:end']))
    } else if (type === 'oa:TextQuoteSelector') {
      exact = text(selector['oa:exact']) ?? ''
    }
  }
  if (start === undefined || end === undefined || !Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
    return undefined
  }
  const body = node['oa:hasBody']
  const annotation: TextAnnotation = {fragment, kind, start, end, exact, value: ''}
  if (kind === 'time' && isObject(body)) {
    annotation.value = text(body['rdf:value']) ?? ''
    const mod = text(body['kpd:mod'])
    if (mod) annotation.mod = mod
  } else {
    annotation.value = text(body) ?? ''
  }
  const resolution = text(node['kpd:resolution'])
  if (resolution) annotation.resolution = resolution
  const evidence = text(node['kpd:evidence'])
  if (evidence) annotation.evidence = evidence
  const alignment = text(node['kpd:anchorAlignment'])
  if (alignment) annotation.alignment = alignment
  return annotation
}
