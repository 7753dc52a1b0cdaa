import {readFileSync} from 'node:fs'
import rdf from '@zazuko/env'
import jsonld from 'jsonld'
import {Parser, type Quad} from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import {offlineDocumentLoader} from '../jsonld/offlineLoader.js'
import {pushAll} from '../core/collect.js'

const oa = 'http://www.w3.org/ns/oa#'
const schema = 'https://schema.org/'
const kpd = 'https://w3id.org/kpdd/ns#'
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

export interface Violation {
  focusNode: string
  path?: string
  message: string
}

/** The shapes of contract v1 (`shapes/records.ttl`). */
export function loadShapes(path = new URL('../../shapes/records.ttl', import.meta.url)): Quad[] {
  return new Parser({format: 'text/turtle'}).parse(readFileSync(path, 'utf8'))
}

/** Quads of a JSON-LD record, expanded offline and in safe mode (a dropped term is an error). */
export async function recordQuads(record: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(record as jsonld.JsonLdDocument, {format: 'application/n-quads', safe: true, documentLoader: offlineDocumentLoader} as jsonld.Options.ToRdf)) as unknown as string
  return parseNQuads(nquads)
}

export function parseNQuads(nquads: string): Quad[] {
  return new Parser({format: 'application/n-quads'}).parse(nquads)
}

/**
 * Core SHACL cannot slice a string, so the one check it cannot state is
 * computed here and added as a fact for the shapes to require: whether each
 * annotation's position selector selects (in code points) the exact text of
 * its quote selector in its source's `schema:text`.
 */
export function deriveQuoteChecks(quads: Quad[]): Quad[] {
  const index = new Map<string, Quad['object'][]>()
  for (const quad of quads) {
    const key = `${quad.subject.value}\u0000${quad.predicate.value}`
    const objects = index.get(key)
    if (objects) objects.push(quad.object)
    else index.set(key, [quad.object])
  }
  const by = (subject: string, predicate: string) => index.get(`${subject}\u0000${predicate}`) ?? []
  // The code points of each source text, once: spreading the text for every annotation was quadratic in its length.
  const codePoints = new Map<string, string[]>()
  const characters = (text: string) => {
    let split = codePoints.get(text)
    if (!split) {
      split = [...text]
      codePoints.set(text, split)
    }
    return split
  }
  const derived: Quad[] = []
  for (const quad of quads) {
    if (quad.predicate.value !== rdfType || quad.object.value !== `${oa}Annotation`) continue
    const annotation = quad.subject.value
    let matches = false
    for (const target of by(annotation, `${oa}hasTarget`)) {
      const source = by(target.value, `${oa}hasSource`)[0]
      const text = source ? by(source.value, `${schema}text`)[0]?.value : undefined
      const selectors = by(target.value, `${oa}hasSelector`)
      const start = selectors.map((selector) => by(selector.value, `${oa}start`)[0]).find(Boolean)
      const end = selectors.map((selector) => by(selector.value, `${oa}end`)[0]).find(Boolean)
      const exact = selectors.map((selector) => by(selector.value, `${oa}exact`)[0]).find(Boolean)
      if (text !== undefined && start && end && exact) {
        matches = characters(text).slice(Number(start.value), Number(end.value)).join('') === exact.value
      }
    }
    derived.push(rdf.quad(quad.subject, rdf.namedNode(`${kpd}quoteMatches`), rdf.literal(String(matches), rdf.namedNode('http://www.w3.org/2001/XMLSchema#boolean'))) as unknown as Quad)
  }
  return derived
}

/**
 * Violations of the shapes by the data (with the derived quote checks). A
 * dataset of named graphs (one per record) is validated graph by graph: the
 * shapes state what one record may say; sources may disagree.
 */
export async function validateQuads(quads: Quad[], shapes: Quad[] = loadShapes()): Promise<Violation[]> {
  const graphs = new Map<string, Quad[]>()
  for (const quad of quads) {
    const graph = graphs.get(quad.graph.value)
    if (graph) graph.push(quad)
    else graphs.set(quad.graph.value, [quad])
  }
  const violations: Violation[] = []
  for (const graph of [...graphs.keys()].sort())
    pushAll(
      violations,
      await validateGraph(
        graphs.get(graph)!.map((quad) => rdf.quad(quad.subject, quad.predicate, quad.object) as unknown as Quad),
        shapes
      )
    )
  return violations.sort((a, b) => (a.focusNode + (a.path ?? '') + a.message < b.focusNode + (b.path ?? '') + b.message ? -1 : 1))
}

async function validateGraph(quads: Quad[], shapes: Quad[]): Promise<Violation[]> {
  const validator = new SHACLValidator(rdf.dataset(shapes as never), {factory: rdf})
  const report = await validator.validate(rdf.dataset([...quads, ...deriveQuoteChecks(quads)] as never))
  return report.results
    .map((result) => ({
      focusNode: result.focusNode?.value ?? '',
      ...(result.path ? {path: result.path.value} : {}),
      message: result.message.map((message) => message.value).join('; ') || (result.sourceConstraintComponent?.value ?? 'violation')
    }))
    .sort((a, b) => (a.focusNode + (a.path ?? '') + a.message < b.focusNode + (b.path ?? '') + b.message ? -1 : 1))
}
