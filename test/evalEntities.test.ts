import {describe, expect, it} from 'vitest'
import {hasCorpus} from './helpers/corpus.js'
import {runScript} from './helpers/runScript.js'

type Scores = {ours: {spanF1: number; gold: number}; jieba: {spanF1: number}}
type Report = Record<string, Record<string, Scores> & {nameAccuracy: number}>

// Scored in a batch of the seeds and the whole corpus: the lexicon depends on every document.
describe.skipIf(!hasCorpus)('entities against the hand-made gold', () => {
  it('keeps F1 at 0.92 overall and 0.90 for people, places and organizations on every split, above jieba', async () => {
    const report = JSON.parse((await runScript('scripts/evalEntities.ts', ['--json'])).stdout) as Report
    expect(report.dev!.all!.ours.gold).toBeGreaterThanOrEqual(900)
    for (const [split, byGroup] of Object.entries(report)) {
      expect(byGroup.all!.ours.spanF1, `${split} all`).toBeGreaterThanOrEqual(0.92)
      for (const group of ['PER', 'LOC', 'ORG']) {
        expect(byGroup[group]!.ours.spanF1, `${split} ${group}`).toBeGreaterThanOrEqual(0.9)
        expect(byGroup[group]!.ours.spanF1, `${split} ${group}`).toBeGreaterThan(byGroup[group]!.jieba.spanF1)
      }
    }
  }, 180_000)
})
