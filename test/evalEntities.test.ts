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

  // The first looks of the test, fresh and fresh2 splits are kept in the README; all have since been used for error analysis.
  // Their floors are where the rules stand now (README): a rule that loses ground fails.
  it('keeps the test, fresh and fresh2 splits where the rules brought them (test: 0.93 overall, 0.95 people, 0.94 places, 0.90 organizations, names 0.93)', async () => {
    const report = await score()
    const test = report.test!
    expect(test.all!.ours.gold).toBeGreaterThanOrEqual(1000)
    expect(test.all!.ours.spanF1, 'test all').toBeGreaterThanOrEqual(0.93)
    expect(test.PER!.ours.spanF1, 'test PER').toBeGreaterThanOrEqual(0.95)
    expect(test.LOC!.ours.spanF1, 'test LOC').toBeGreaterThanOrEqual(0.94)
    expect(test.ORG!.ours.spanF1, 'test ORG').toBeGreaterThanOrEqual(0.9)
    expect(test.nameAccuracy, 'test names').toBeGreaterThanOrEqual(0.93)
    const fresh = report.fresh!
    expect(fresh.all!.ours.gold).toBeGreaterThanOrEqual(900)
    expect(fresh.all!.ours.spanF1, 'fresh all').toBeGreaterThanOrEqual(0.95)
    for (const group of ['PER', 'LOC', 'ORG']) expect(fresh[group]!.ours.spanF1, `fresh ${group}`).toBeGreaterThanOrEqual(0.95)
    expect(fresh.nameAccuracy, 'fresh names').toBeGreaterThanOrEqual(0.95)
    const fresh2 = report.fresh2!
    expect(fresh2.all!.ours.gold).toBeGreaterThanOrEqual(1900)
    expect(fresh2.all!.ours.spanF1, 'fresh2 all').toBeGreaterThanOrEqual(0.95)
    expect(fresh2.PER!.ours.spanF1, 'fresh2 PER').toBeGreaterThanOrEqual(0.93)
    for (const group of ['LOC', 'ORG']) expect(fresh2[group]!.ours.spanF1, `fresh2 ${group}`).toBeGreaterThanOrEqual(0.94)
    expect(fresh2.nameAccuracy, 'fresh2 names').toBeGreaterThanOrEqual(0.94)
  }, 180_000)
})
