import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {givesTriples, refusedKeyword} from '../src/cli/sparqlSafety.js'
import {runCompiled} from './helpers/runScript.js'

const query = (args: string[]) => runCompiled('query', args)

function dataFolder(nquads: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kpd-query-'))
  writeFileSync(path.join(folder, 'dataset.nq'), nquads)
  return folder
}

const small = dataFolder(
  ['<https://w3id.org/kpdd/entity/a> <https://schema.org/name> "evil\\u001B[31mred\\nforged" .', '<https://w3id.org/kpdd/entity/b> <https://schema.org/name> "b" .', '<https://w3id.org/kpdd/entity/c> <https://schema.org/name> "c" .'].join(
    '\n'
  ) + '\n'
)

describe('refusedKeyword', () => {
  it.each([
    ['INSERT DATA { <a:x> <a:y> <a:z> }', 'INSERT'],
    ['DELETE WHERE { ?s ?p ?o }', 'DELETE'],
    ['drop all', 'DROP'],
    ['LOAD <http://example.org/x.nq>', 'LOAD'],
    ['CLEAR DEFAULT', 'CLEAR'],
    ['SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }', 'SERVICE'],
    ['SELECT ?copy ?add WHERE { ?copy schema:add ?add }', undefined],
    ['SELECT * WHERE { ?s ?p "DROP ALL" } # DELETE in a comment', undefined],
    ['SELECT * WHERE { ?s <http://x/insert> ?o }', undefined]
  ])('%s → %s', (text, keyword) => {
    expect(refusedKeyword(text)).toBe(keyword)
  })

  it('tells triples queries from row queries', () => {
    expect(givesTriples('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toBe(true)
    expect(givesTriples('describe <a:x>')).toBe(true)
    expect(givesTriples('SELECT ?construct WHERE { ?construct ?p ?o }')).toBe(false)
  })
})

describe('npm run query on hostile queries', () => {
  it.each(['DROP ALL', 'INSERT DATA { <a:x> <a:y> <a:z> }', 'SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }'])(
    'refuses %s with exit 2',
    async (text) => {
      const run = await query(['--data', small, '--query', text])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^Refused: /)
    },
    60_000
  )

  it.each([
    ['CONSTRUCT', 'CONSTRUCT { ?s <https://schema.org/name> ?n } WHERE { ?s <https://schema.org/name> ?n }', 3],
    ['DESCRIBE', 'DESCRIBE <https://w3id.org/kpdd/entity/b>', 1]
  ])(
    'prints %s results as N-Triples',
    async (_name, text, lines) => {
      const run = await query(['--data', small, '--query', text])
      expect(run.code).toBe(0)
      const printed = run.stdout.trim().split('\n')
      expect(printed).toHaveLength(lines)
      for (const line of printed) expect(line).toMatch(/^<[^>]+> <[^>]+> .+ \.$/)
    },
    60_000
  )

  it('stops at --limit and says there are more', async () => {
    const run = await query(['--data', small, '--query', 'SELECT ?n WHERE { ?s <https://schema.org/name> ?n } ORDER BY ?n', '--limit', '2', '--format', 'csv'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(3)
    expect(run.stderr).toContain('stopped at --limit 2')
  }, 60_000)

  it('stops an unbounded cross join at --timeout with one line', async () => {
    const rows = Array.from({length: 3000}, (_, index) => `<https://x/${index}> <https://x/p> "${index}" .`).join('\n')
    const run = await query(['--data', dataFolder(`${rows}\n`), '--query', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }', '--timeout', '2'])
    expect(run.code).toBe(1)
    expect(run.stderr.trim()).toBe('The query ran longer than 2 s and was stopped (--timeout)')
  }, 60_000)

  it('says "No such file" for a missing .rq file', async () => {
    const run = await query(['--data', small, '--query', 'queries/missing.rq'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^No such file: queries\/missing\.rq/)
  }, 60_000)

  it('reports a dataset a store rejects in one line, without a stack trace', async () => {
    const run = await query(['--data', dataFolder('<http://x/a b> <http://x/p> "o" .\n'), '--query', 'SELECT * WHERE { ?s ?p ?o }'])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^dataset\.nq cannot be loaded: /)
  }, 60_000)

  it('escapes control characters of printed values in a table', async () => {
    const run = await query(['--data', small, '--query', 'SELECT ?n WHERE { ?s <https://schema.org/name> ?n }'])
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('\u001b')
    expect(run.stdout).toContain('evil\\u001b[31mred\\nforged')
  }, 60_000)
})
