import {createHash} from 'node:crypto'
import jsonld from 'jsonld'
import {documentIri} from './context.js'
import {offlineDocumentLoader} from './offlineLoader.js'

/**
 * N-Quads of one record, with blank-node labels made unique to the record
 * (jsonld.js numbers them from `_:b0` in every call), so records can be
 * concatenated into one dataset; each record's quads are in the named graph
 * of its document. `safe: true` makes any dropped term an error.
 */
export async function toNQuads(record: object, stem: string): Promise<string[]> {
  const nquads = (await jsonld.toRDF(
    record as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      safe: true,
      documentLoader: offlineDocumentLoader
    } as jsonld.Options.ToRdf
  )) as unknown as string
  const prefix = `d${createHash('sha256').update(stem).digest('hex').slice(0, 12)}`
  return (
    nquads
      .split('\n')
      .filter((line) => line !== '')
      // Blank nodes stand only as subject (line start) or object (before ` .`):
      // anchored patterns never touch a literal.
      .map((line) => line.replace(/^_:(b\d+) /, `_:${prefix}$1 `).replace(/ _:(b\d+) \.$/, ` _:${prefix}$1 .`))
      // Each record in its own named graph, the document's IRI: who said what survives the merge.
      .map((line) => line.replace(/ \.$/, ` <${documentIri(stem)}> .`))
  )
}
