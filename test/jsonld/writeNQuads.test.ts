import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {documentIri} from '../../src/jsonld/context.js'
import {toNQuads} from '../../src/jsonld/toNQuads.js'
import {recordNQuads, recordNQuadsBytes} from '../../src/jsonld/writeNQuads.js'

const golden = new URL('../../output/', import.meta.url)
const stems = readdirSync(golden)
  .filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')
  .map((name) => name.slice(0, -'.jsonld'.length))

describe('N-Quads written from the record', () => {
  it.each(stems)(
    '%s: the same lines as jsonld.toRDF (safe) with per-record blank nodes',
    async (stem) => {
      const record = JSON.parse(readFileSync(new URL(`${stem}.jsonld`, golden), 'utf8'))
      const library = [...new Set(await toNQuads(record, stem))].sort()
      // Both put the record in its document's named graph.
      expect(recordNQuads(record, stem, documentIri(stem))).toEqual(library)
    },
    30_000
  )

  it('escapes literals and IRIs as N-Quads requires, and types numbers and EDTF values', () => {
    const record = {'@graph': [{'@id': 'https://w3id.org/kpdd/doc/a b', '@type': 'Article', text: 'say "hi"\\\n\t\u0001', 'kpd:start': 3, 'oa:hasBody': {'@type': 'kpd:TimeValue', 'rdf:value': {'@value': '2018', '@type': 'edtf:EDTF'}}}]}
    const lines = recordNQuads(record, 'a')
    expect(lines).toContain('<https://w3id.org/kpdd/doc/a\\u0020b> <https://schema.org/text> "say \\"hi\\"\\\\\\n\\t\\u0001" .')
    expect(lines).toContain('<https://w3id.org/kpdd/doc/a\\u0020b> <https://w3id.org/kpdd/ns#start> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .')
    expect(lines.some((line) => line.endsWith('<http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "2018"^^<http://id.loc.gov/datatypes/edtf/EDTF> .'))).toBe(true)
  })

  it('puts every quad in the named graph it is given', () => {
    const lines = recordNQuads({'@graph': [{'@id': 'https://w3id.org/kpdd/doc/x', name: 'x', 'oa:hasBody': {text: 'y'}}]}, 'x', 'https://w3id.org/kpdd/doc/x')
    expect(lines.length).toBe(3)
    for (const line of lines) expect(line.endsWith(' <https://w3id.org/kpdd/doc/x> .')).toBe(true)
  })

  it('sorts whole lines: a blank node or a literal that starts another sorts first, as Array#sort has it', () => {
    // Twelve blank nodes (b1 starts b10, b11), literals with and without language or type, IRIs sharing a start.
    const children = Array.from({length: 12}, (_, index) => ({text: `t${index}`}))
    const record = {
      '@graph': [
        {'@id': 'https://w3id.org/kpdd/doc/x', name: ['a', {'@value': 'a', '@language': 'en'}, {'@value': 'a', '@type': 'xsd:string'}], 'oa:hasBody': children},
        {'@id': 'https://w3id.org/kpdd/doc/x#e1', name: 'b'},
        {'@id': 'https://w3id.org/kpdd/doc/x#e10', name: 'c'},
        {'@id': 'https://w3id.org/kpdd/doc/x#e1-0', name: 'd'}
      ]
    }
    const lines = recordNQuads(record, 'x', 'https://w3id.org/kpdd/doc/x')
    expect(lines).toEqual([...new Set(lines)].sort())
    expect(lines.filter((line) => line.startsWith('_:')).length).toBe(12)
  })

  it('gives the same lines as UTF-8 bytes, one per line, for a named graph and for the default graph', () => {
    const record = {'@graph': [{'@id': 'https://w3id.org/kpdd/doc/x', name: '甲 𠀀', 'oa:hasBody': {text: 'y'}}]}
    for (const graph of ['https://w3id.org/kpdd/doc/x', undefined]) {
      const lines = recordNQuads(record, 'x', graph)
      expect(recordNQuadsBytes(record, 'x', graph).toString('utf8')).toBe(lines.map((line) => `${line}\n`).join(''))
    }
    expect(recordNQuadsBytes({'@graph': []}, 'x').length).toBe(0)
  })
})
