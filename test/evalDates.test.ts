import {describe, expect, inject, it} from 'vitest'
import {hasCorpus} from './helpers/corpus.js'
import {runScript} from './helpers/runScript.js'

type Report = Record<string, Record<string, {ours: {valueF1: number; gold: number}; chrono: {valueF1: number}}>>

// The gold includes corpus documents, scored in a batch of the seeds and the corpus.
describe.skipIf(!hasCorpus)('time tagger against the hand-made gold', () => {
  it('keeps value F1 at 0.95 or more on every kind and split, and beats chrono-node', async () => {
    const report = JSON.parse((await runScript('scripts/evalDates.ts', ['--json'], {KPD_EVAL_BATCH: inject('evalBatch')})).stdout) as Report
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['dev', 'test', 'fresh', 'fresh2']))
    expect(Object.keys(report.dev!).sort()).toEqual(['all', 'markdown', 'news', 'pdf', 'wiki'])
    expect(report.test!.all!.ours.gold).toBeGreaterThanOrEqual(300)
    for (const [split, byKind] of Object.entries(report)) {
      for (const [kind, systems] of Object.entries(byKind)) {
        expect(systems.ours.valueF1, `${split} ${kind}`).toBeGreaterThanOrEqual(0.95)
        expect(systems.ours.valueF1, `${split} ${kind}`).toBeGreaterThan(systems.chrono.valueF1)
      }
    }
  }, 180_000)
})
