import {describe, expect, inject, it} from 'vitest'
import {hasCorpus} from './helpers/corpus.js'
import {runScript} from './helpers/runScript.js'

type Scores = {ours: {spanF1: number; gold: number}; jieba: {spanF1: number}}
type Report = Record<string, Record<string, Scores> & {nameAccuracy: number}>

// Scored in a batch of the seeds and the whole corpus: the lexicon depends on every document.
describe.skipIf(!hasCorpus)('entities against the hand-made gold', () => {
  // The targets gate the split the rules were tuned on; a first-look split is
  // measured and reported (README), never tuned on: it only has to beat jieba.
  it('keeps F1 at 0.92 overall and 0.90 for people, places and organizations on dev, canonical names at 0.95; every split above jieba', async () => {
    const report = JSON.parse((await runScript('scripts/evalEntities.ts', ['--json'], {KPD_EVAL_BATCH: inject('evalBatch')})).stdout) as Report
    const dev = report.dev!
    expect(dev.all!.ours.gold).toBeGreaterThanOrEqual(900)
    expect(dev.all!.ours.spanF1, 'dev all').toBeGreaterThanOrEqual(0.92)
    expect(dev.nameAccuracy, 'dev names').toBeGreaterThanOrEqual(0.95)
    for (const group of ['PER', 'LOC', 'ORG']) expect(dev[group]!.ours.spanF1, `dev ${group}`).toBeGreaterThanOrEqual(0.9)
    for (const [split, byGroup] of Object.entries(report)) {
      for (const group of ['PER', 'LOC', 'ORG', 'all']) expect(byGroup[group]!.ours.spanF1, `${split} ${group}`).toBeGreaterThan(byGroup[group]!.jieba.spanF1)
    }
  }, 180_000)
})
