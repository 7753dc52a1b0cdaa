import {describe, expect, it} from 'vitest'
import {hasCorpus} from './helpers/corpus.js'
import {runScript} from './helpers/runScript.js'

// The gold includes corpus documents.
describe.skipIf(!hasCorpus)('time tagger against the hand-made gold', () => {
  it('keeps value F1 at 0.95 or more on every kind of document, and beats chrono-node', async () => {
    const report = JSON.parse((await runScript('scripts/evalDates.ts', ['--json'])).stdout) as Record<string, {ours: {valueF1: number}; chrono: {valueF1: number}}>
    expect(Object.keys(report).sort()).toEqual(['all', 'markdown', 'news', 'pdf', 'wiki'])
    for (const [kind, systems] of Object.entries(report)) {
      expect(systems.ours.valueF1, kind).toBeGreaterThanOrEqual(0.95)
      expect(systems.ours.valueF1, kind).toBeGreaterThan(systems.chrono.valueF1)
    }
  }, 120_000)
})
