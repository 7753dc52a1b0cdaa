import {execFile} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('entities against the hand-made gold', () => {
  it('keeps F1 at 0.90 or more on every type, above the jieba baseline', async () => {
    const report = await new Promise<Record<string, {ours: {spanF1: number; gold: number}; jieba: {spanF1: number}}>>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/evalEntities.ts'), '--json'], {cwd: root, maxBuffer: 16 * 1024 * 1024}, (error, stdout) => {
        if (error) reject(error)
        else resolve(JSON.parse(stdout))
      })
    })
    expect(report.all!.ours.gold).toBeGreaterThanOrEqual(600)
    for (const type of ['PER', 'LOC', 'ORG', 'EVENT', 'WORK', 'all']) {
      expect(report[type]!.ours.spanF1, type).toBeGreaterThanOrEqual(0.9)
      expect(report[type]!.ours.spanF1, type).toBeGreaterThan(report[type]!.jieba.spanF1)
    }
  }, 120_000)
})
