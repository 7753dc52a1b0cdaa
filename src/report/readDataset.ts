import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {asArray, isObject, text, texts, types, type Json, type JsonObject} from './jsonValues.js'
import type {Dataset, DocumentView, EntityView, ManifestEntry, ManifestIssue} from './model.js'
import {readAnnotation} from './readAnnotation.js'
import {readEvent} from './readEvent.js'

const entityPrefix = 'https://w3id.org/kpdd/entity/'

function readIssues(value: Json | undefined): ManifestIssue[] {
  return asArray(value)
    .filter(isObject)
    .map((item) => ({
      line: typeof item['line'] === 'number' ? item['line'] : undefined,
      column: typeof item['column'] === 'number' ? item['column'] : undefined,
      message: text(item['message']) ?? '',
      ruleId: text(item['ruleId']),
      source: text(item['source'])
    }))
}

function readManifest(folder: string): ManifestEntry[] {
  const file = path.join(folder, 'manifest.json')
  if (!existsSync(file)) return []
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Json
  if (!isObject(manifest)) return []
  return asArray(manifest['files'])
    .filter(isObject)
    .map((item) => ({
      file: text(item['file']) ?? '',
      record: text(item['record']),
      kind: text(item['kind']),
      encoding: text(item['encoding']),
      status: text(item['status']) ?? 'unknown',
      warnings: readIssues(item['warnings']),
      errors: readIssues(item['errors'])
    }))
    .sort((a, b) => a.file.localeCompare(b.file))
}

/** Adds a record's entity node to the merged index (names, alternate names and sameAs are unions). */
function mergeEntity(entities: Map<string, EntityView>, node: JsonObject, iri: string): void {
  const name = text(node['name'])
  const known = entities.get(iri) ?? {iri, types: [], name: name ?? iri, alternateNames: [], sameAs: []}
  const union = (list: string[], more: string[]) => [...new Set([...list, ...more])].sort()
  known.types = union(known.types, types(node))
  known.sameAs = union(known.sameAs, texts(node['sameAs']))
  known.alternateNames = union(known.alternateNames, texts(node['alternateName'])).filter((alt) => alt !== known.name)
  entities.set(iri, known)
}

function readRecord(file: string, root: JsonObject, entities: Map<string, EntityView>): DocumentView | undefined {
  const graph = asArray(root['@graph']).filter(isObject)
  const first = graph[0]
  if (!first) return undefined
  const stem = path.basename(file, '.jsonld')
  const doc: DocumentView = {
    stem,
    iri: text(first['@id']) ?? stem,
    recordFile: path.basename(file),
    type: types(first)[0] ?? 'CreativeWork',
    name: text(first['name']) ?? stem,
    url: text(first['url']),
    language: text(first['inLanguage']),
    kind: text(first['kpd:sourceKind']),
    sourceFile: text(first['kpd:sourceFile']),
    datePublished: text(first['datePublished']),
    text: text(first['text']) ?? '',
    annotations: [],
    events: [],
    entityIris: []
  }
  for (const node of graph.slice(1)) {
    const iri = text(node['@id']) ?? ''
    if (types(node).includes('oa:Annotation')) {
      const annotation = readAnnotation(node)
      if (annotation) doc.annotations.push(annotation)
      continue
    }
    if (node['kpd:eventKind'] !== undefined) doc.events.push(readEvent(node, stem))
    if (iri.startsWith(entityPrefix) && node['name'] !== undefined) {
      mergeEntity(entities, node, iri)
      doc.entityIris.push(iri)
    }
  }
  doc.annotations.sort((a, b) => a.start - b.start || b.end - a.end || a.fragment.localeCompare(b.fragment))
  return doc
}

/** Reads every record, the manifest and the merged entities of a pipeline output folder. */
export function readDataset(folder: string): Dataset {
  const entities = new Map<string, EntityView>()
  const documents: DocumentView[] = []
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.jsonld'))
    .sort()
  for (const name of names) {
    const root = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Json
    if (!isObject(root) || !('@graph' in root)) continue // context.jsonld is not a record
    const doc = readRecord(name, root, entities)
    if (doc) documents.push(doc)
  }
  return {documents, entities: new Map([...entities].sort(([a], [b]) => a.localeCompare(b))), manifest: readManifest(folder)}
}
