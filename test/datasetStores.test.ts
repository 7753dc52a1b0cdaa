import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import oxigraph from 'oxigraph'
import * as rdflib from 'rdflib'
import {describe, expect, it} from 'vitest'
import {corpusFolder, hasCorpus} from './helpers/corpus.js'
import {root, runPipeline} from './helpers/runScript.js'

/**
 * Issue #13, item 2: `dataset.nq` of the seeds and the corpus loads into two independent stores,
 * line for line: as many quads as lines, no line rejected. Oxigraph is the store `npm run query`
 * uses; rdflib is the other one the issue names (its N-Quads path hands the text to its bundled
 * N3.js parser and keeps every quad in its own IndexedFormula, with the graph as `why`).
 */
const seedsFolder = path.join(root, '..', 'shared', 'seeds')
const hasShared = hasCorpus && existsSync(seedsFolder)

// Skipped, and said so by vitest, when ../shared/seeds or ../shared/corpus is absent (a clone outside the team's machines).
describe.skipIf(!hasShared)('dataset.nq of the seeds and the corpus in RDF stores (needs ../shared/seeds and ../shared/corpus)', () => {
  let lines: string[] = []
  let text = ''

  it('is written by a run over the seeds and the corpus', async () => {
    const output = mkdtempSync(path.join(tmpdir(), 'kpd-stores-'))
    const run = await runPipeline(['--input', seedsFolder, '--input', corpusFolder, '--output', output, '--concurrency', '2'])
    expect(run.code, run.stderr.slice(-2000)).toBe(0)
    text = readFileSync(path.join(output, 'dataset.nq'), 'utf8')
    lines = text.split('\n').filter((line) => line !== '')
    expect(lines.length).toBeGreaterThan(10_000)
    expect(new Set(lines).size).toBe(lines.length)
  }, 600_000)

  it('loads into Oxigraph: one quad per line', () => {
    const store = new oxigraph.Store()
    store.load(text, {format: 'application/n-quads'})
    expect(store.size).toBe(lines.length)
  })

  it('loads into rdflib: one statement per line, no parse error', async () => {
    const store = rdflib.graph()
    const error = await new Promise<unknown>((resolve) => {
      rdflib.parse(text, store, 'https://w3id.org/kpdd/', 'application/n-quads', (failure) => resolve(failure ?? undefined))
    })
    expect(error).toBeUndefined()
    expect(store.statements.length).toBe(lines.length)
  })
})
