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
  prov: 'http://www.w3.org/ns/prov#',
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
  superEvent: {'@id': 'schema:superEvent', '@type': '@id'},
  // Typed dates: a whole day is an xsd:date (a partial one goes to kpd:date as EDTF).
  startDate: {'@id': 'schema:startDate', '@type': 'xsd:date'},
  endDate: {'@id': 'schema:endDate', '@type': 'xsd:date'},
  datePublished: {'@id': 'schema:datePublished', '@type': 'xsd:dateTime'},
  eventStatus: {'@id': 'schema:eventStatus', '@type': '@id'},
  'prov:wasDerivedFrom': {'@type': '@id'},
  'kpd:dateFrom': {'@type': '@id'},
  'kpd:placeFrom': {'@type': '@id'},
  'kpd:attendeeFrom': {'@type': '@id'},
  'kpd:namedEntity': {'@type': '@id'},
  // Records set a default language (the document's); codes and keys are not language.
  inLanguage: {'@id': 'schema:inLanguage', '@language': null},
  'kpd:sourceKind': {'@language': null},
  'kpd:sourceFile': {'@language': null},
  'kpd:evidence': {'@language': null},
  'kpd:anchorAlignment': {'@language': null},
  'kpd:resolution': {'@language': null},
  'kpd:mod': {'@language': null},
  'kpd:eventKind': {'@language': null},
  'kpd:countryFrom': {'@language': null}
} as const

/** The context of a record: the shared one, with the document's language as the default of its strings. */
export function recordContext(language: string | undefined): unknown {
  return language ? [context, {'@language': language}] : context
}

/** The `kpd:` vocabulary (RDFS), shipped next to the records. */
export const vocabularyFile = new URL('../../vocabulary/kpd.ttl', import.meta.url)

/** IRI of the record of a source file, from its stem. */
export function documentIri(stem: string): string {
  return documentBase + encodeURIComponent(stem)
}
