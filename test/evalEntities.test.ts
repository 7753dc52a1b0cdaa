import {describe, expect, it} from 'vitest'
import {runScript} from './helpers/runScript.js'

describe('entities against the hand-made gold', () => {
  it('keeps F1 at 0.90 or more on every type, above the jieba baseline', async () => {
    const report = JSON.parse((await runScript('scripts/evalEntities.ts', ['--json'])).stdout) as Record<string, {ours: {spanF1: number; gold: number}; jieba: {spanF1: number}}>
    expect(report.all!.ours.gold).toBeGreaterThanOrEqual(600)
    for (const type of ['PER', 'LOC', 'ORG', 'EVENT', 'WORK', 'all']) {
      expect(report[type]!.ours.spanF1, type).toBeGreaterThanOrEqual(0.9)
      expect(report[type]!.ours.spanF1, type).toBeGreaterThan(report[type]!.jieba.spanF1)
    }
  }, 120_000)
})
