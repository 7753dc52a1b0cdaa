import {describe, expect, inject, it} from 'vitest'
import {hasCorpus} from './helpers/corpus.js'
import {runScript} from './helpers/runScript.js'

type Scores = {ours: {spanF1: number; gold: number}; jieba: {spanF1: number}}
type Report = Record<string, Record<string, Scores> & {nameAccuracy: number}>

// Scored in a batch of the seeds and the whole corpus: the lexicon depends on every document.
describe.skipIf(!hasCorpus)('entities against the hand-made gold', () => {
  // One scoring of the suite's processed batch (test/globalSetup.ts) for every split: the batch is never processed again here.
  let scored: Promise<Report> | undefined
  const score = () => (scored ??= runScript('scripts/evalEntities.ts', ['--json'], {KPD_EVAL_BATCH: inject('evalBatch')}).then((run) => JSON.parse(run.stdout) as Report))

  // The targets gate the split the rules were tuned on; every split has to beat jieba.
  it('keeps F1 at 0.92 overall and 0.90 for people, places and organizations on dev, canonical names at 0.95; every split above jieba', async () => {
    const report = await score()
    const dev = report.dev!
    expect(dev.all!.ours.gold).toBeGreaterThanOrEqual(900)
    expect(dev.all!.ours.spanF1, 'dev all').toBeGreaterThanOrEqual(0.92)
    expect(dev.nameAccuracy, 'dev names').toBeGreaterThanOrEqual(0.95)
    for (const group of ['PER', 'LOC', 'ORG']) expect(dev[group]!.ours.spanF1, `dev ${group}`).toBeGreaterThanOrEqual(0.9)
    for (const [split, byGroup] of Object.entries(report)) {
      for (const group of ['PER', 'LOC', 'ORG', 'all']) expect(byGroup[group]!.ours.spanF1, `${split} ${group}`).toBeGreaterThan(byGroup[group]!.jieba.spanF1)
    }
  }, 180_000)

  // The first looks of the test and fresh splits are kept in the README; all have since been used for error analysis
  // (fresh9 since its first look, stop 15). Their floors are where the rules stand now (README, stop 15), a little under:
  // a rule that loses ground fails.
  it('keeps the test and fresh splits where the rules brought them (fresh3: 0.935 overall, ORG 0.90, names 0.92)', async () => {
    const report = await score()
    const floors: Record<string, {gold: number; all: number; PER: number; LOC: number; ORG: number; names: number}> = {
      test: {gold: 1000, all: 0.95, PER: 0.96, LOC: 0.955, ORG: 0.94, names: 0.945},
      fresh: {gold: 900, all: 0.965, PER: 0.97, LOC: 0.96, ORG: 0.97, names: 0.95},
      fresh2: {gold: 1900, all: 0.965, PER: 0.975, LOC: 0.97, ORG: 0.96, names: 0.96},
      fresh3: {gold: 2100, all: 0.935, PER: 0.965, LOC: 0.96, ORG: 0.915, names: 0.92},
      fresh4: {gold: 1100, all: 0.945, PER: 0.97, LOC: 0.96, ORG: 0.925, names: 0.91},
      fresh5: {gold: 1300, all: 0.925, PER: 0.955, LOC: 0.95, ORG: 0.89, names: 0.93},
      fresh6: {gold: 1000, all: 0.92, PER: 0.945, LOC: 0.93, ORG: 0.91, names: 0.905},
      fresh7: {gold: 1050, all: 0.92, PER: 0.96, LOC: 0.9, ORG: 0.93, names: 0.91},
      fresh8: {gold: 690, all: 0.905, PER: 0.95, LOC: 0.915, ORG: 0.84, names: 0.91},
      fresh9: {gold: 1600, all: 0.895, PER: 0.95, LOC: 0.885, ORG: 0.86, names: 0.87}
    }
    for (const [split, floor] of Object.entries(floors)) {
      const scores = report[split]!
      expect(scores.all!.ours.gold, `${split} gold`).toBeGreaterThanOrEqual(floor.gold)
      for (const group of ['all', 'PER', 'LOC', 'ORG'] as const) expect(scores[group]!.ours.spanF1, `${split} ${group}`).toBeGreaterThanOrEqual(floor[group])
      expect(scores.nameAccuracy, `${split} names`).toBeGreaterThanOrEqual(floor.names)
    }
  }, 180_000)
})
