import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {extent, pushAll, pushTo} from '../../src/core/collect.js'
import {runPipeline} from '../helpers/runScript.js'

describe('collecting large arrays without spreading them as arguments', () => {
  const large = Array.from({length: 500_000}, (_, index) => index)

  it('pushAll appends 500,000 items (push(...items) overflows the stack)', () => {
    expect(() => [].push(...(large as never[]))).toThrow(RangeError)
    expect(pushAll([-1], large, [large.length])).toHaveLength(large.length + 2)
  })

  it('extent gives the least and the most of 500,000 values', () => {
    expect(extent(large)).toEqual([0, large.length - 1])
    expect(extent([])).toEqual([Infinity, -Infinity])
  })

  it('pushTo groups in place', () => {
    const groups = new Map<string, number[]>()
    for (const value of large) pushTo(groups, value % 2 === 0 ? 'even' : 'odd', value)
    expect([groups.get('even')!.length, groups.get('odd')!.length]).toEqual([250_000, 250_000])
  })
})

// Opt-in (KPD_SCALE_TESTS=1, `npm run test:scale`, run by .ci/run after the suite): about a minute of CPU.
describe.runIf(process.env.KPD_SCALE_TESTS)('a 5 MB line of Chinese without a newline (KPD_SCALE_TESTS=1)', () => {
  // Through the CLI: the work runs in a worker thread, as users run it (in the test's own thread it would block vitest for a minute).
  it('gives a record whose text is the whole line, within a time budget (it was a stack overflow in entity extraction, then minutes of quadratic work)', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'kpd-line-'))
    const output = mkdtempSync(path.join(tmpdir(), 'kpd-line-output-'))
    const sentence = '朝鲜和韩国的领导人在板门店举行了会谈，双方讨论了半岛无核化问题。'
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)))
    writeFileSync(path.join(input, 'one-line.txt'), line)
    // 40–60 s on an idle machine; the budget leaves room for a loaded CI machine (two cores shared).
    const run = await runPipeline(['--input', input, '--output', output, '--concurrency', '1', '--time-budget', '400'])
    expect(run.stderr).not.toMatch(/Maximum call stack|time-budget/)
    expect(run.code).toBe(0)
    const record = JSON.parse(readFileSync(path.join(output, 'one-line.jsonld'), 'utf8'))
    expect(record['@graph'][0].text).toBe(line)
    expect(record['@graph'].some((node: any) => node.name === '板门店')).toBe(true)
  }, 900_000)
})
