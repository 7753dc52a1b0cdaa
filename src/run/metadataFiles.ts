/**
 * Files an input folder may hold beside its documents that are data about
 * them, not documents (`SOURCES.tsv` of the corpus, an earlier run's records):
 * ingesting them gives a record full of junk entities. In a folder they are
 * skipped by extension and listed as skipped; named with `--input` they are read.
 */
const METADATA_EXTENSIONS = new Set(['tsv', 'csv', 'json', 'jsonld', 'nq', 'nt', 'ttl'])

export function isMetadataFile(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && METADATA_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())
}
