import {Worker} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {limitHeapGrowth} from '../../src/run/heapGrowth.js'

/** A worker that keeps a live set of ≈ 100 MB while making ten times as much garbage; answers its peak heap (MB). */
const churn = `
const {parentPort} = require('node:worker_threads')
const live = Array.from({length: 400}, () => new Array(12_500).fill(0).map((_, i) => i + 0.5))
let peak = 0
for (let round = 0; round < 2000; round++) {
  Array.from({length: 200}, (_, i) => ({i, s: 'x' + i + round}))
  live[round % live.length] = new Array(12_500).fill(0).map((_, i) => i + round + 0.5)
  peak = Math.max(peak, process.memoryUsage().heapTotal)
}
parentPort.postMessage(peak / 2 ** 20)`

// Opt-in (KPD_SCALE_TESTS=1, `npm run test:scale`): ten seconds of allocation on two shared cores.
describe.runIf(process.env.KPD_SCALE_TESTS)('limitHeapGrowth (KPD_SCALE_TESTS=1)', () => {
  it('keeps a new worker heap under twice its live set (V8 left alone lets it reach ≈ 270 MB)', async () => {
    limitHeapGrowth()
    const worker = new Worker(churn, {eval: true})
    const peak = await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(peak).toBeLessThan(220)
  }, 60_000)
})
