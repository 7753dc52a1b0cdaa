import {execFile} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('time tagger against the hand-made gold', () => {
  it('keeps value F1 at 0.95 or more on every kind of document, and beats chrono-node', async () => {
    const report = await new Promise<Record<string, {ours: {valueF1: number}; chrono: {valueF1: number}}>>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/evalDates.ts'), '--json'], {cwd: root, maxBuffer: 16 * 1024 * 1024}, (error, stdout) => {
        if (error) reject(error)
        else resolve(JSON.parse(stdout))
      })
    })
    expect(Object.keys(report).sort()).toEqual(['all', 'markdown', 'news', 'pdf', 'wiki'])
    for (const [kind, systems] of Object.entries(report)) {
      expect(systems.ours.valueF1, kind).toBeGreaterThanOrEqual(0.95)
      expect(systems.ours.valueF1, kind).toBeGreaterThan(systems.chrono.valueF1)
    }
  }, 120_000)
})
