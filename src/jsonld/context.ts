/**
 * The inline JSON-LD context of every record (contract v1). schema.org is the
 * vocabulary, Web Annotation terms keep their `oa:` prefix, and the project's
 * own terms live under one namespace, `kpd:`.
 */
export const projectNamespace = 'https://w3id.org/kpdd/'
export const documentBase = `${projectNamespace}doc/`

export const context = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  kpd: `${projectNamespace}ns#`,
  edtf: 'http://id.loc.gov/datatypes/edtf/',
  represents: {'@id': 'http://www.wikidata.org/prop/direct/P1268', '@type': '@id'},
  url: {'@id': 'schema:url', '@type': '@id'},
  sameAs: {'@id': 'schema:sameAs', '@type': '@id'},
  relatedLink: {'@id': 'schema:relatedLink', '@type': '@id'},
  mentions: {'@id': 'schema:mentions', '@type': '@id'},
  image: {'@id': 'schema:image', '@type': '@id'},
  'oa:motivatedBy': {'@type': '@id'},
  'oa:hasBody': {'@type': '@id'},
  'oa:hasSource': {'@type': '@id'},
  'kpd:anchoredTo': {'@type': '@id'},
  superEvent: {'@id': 'schema:superEvent', '@type': '@id'}
} as const

/** IRI of the record of a source file, from its stem. */
export function documentIri(stem: string): string {
  return documentBase + encodeURIComponent(stem)
}
