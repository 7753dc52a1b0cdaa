import {mkdtempSync, readFileSync, utimesSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {BatchContext, FileState} from '../../src/run/batchContext.js'
import {RunCache} from '../../src/run/cache.js'
import {finishBatch} from '../../src/run/finishBatch.js'

/** A finished batch of made-up records: each a state and its N-Quads part (in its own graph) in the cache. */
function batch(namedGraphs: boolean) {
  const output = mkdtempSync(path.join(tmpdir(), 'kpd-finish-'))
  const cache = new RunCache(path.join(output, '.cache'), true, () => {})
  const context = {output, cache, namedGraphs, maxFileBytes: 1 << 20, version: 'test'} as unknown as BatchContext
  const record = async (index: number, key: string, lines: string[]): Promise<FileState> => {
    await cache.write('quads', key, lines.map((line) => `${line}\n`).join(''), 'nq')
    return {path: `/in/${index}.txt`, sourceName: `${index}.txt`, stem: String(index), index, size: 1, messages: [], ok: true, recordKey: key}
  }
  return {output, cache, context, record}
}

const dataset = (output: string) => readFileSync(path.join(output, 'dataset.nq'), 'utf8')

describe('finishBatch: dataset.nq', () => {
  it('patches the last merge when a record changed: the parts of the others are not read again', async () => {
    const {output, cache, context, record} = batch(true)
    const states = [await record(0, 'a0', ['<a> <p> "1" <g0> .', '<c> <p> "1" <g0> .']), await record(1, 'b1', ['<b> <p> "1" <g1> .']), await record(2, 'c2', ['<a> <p> "2" <g2> .'])]
    await finishBatch(states, [], context)
    expect(dataset(output)).toBe('<a> <p> "1" <g0> .\n<a> <p> "2" <g2> .\n<b> <p> "1" <g1> .\n<c> <p> "1" <g0> .\n')
    // An unchanged record's part replaced by other lines of the same size and time: a merge would read them, a patch does not.
    const unchanged = cache.path('quads', 'a0', 'nq')
    const {atime, mtime} = statSync(unchanged)
    writeFileSync(unchanged, readFileSync(unchanged, 'utf8').replaceAll('1', '9'))
    utimesSync(unchanged, atime, mtime)
    states[1] = await record(1, 'b1-changed', ['<b> <p> "2" <g1> .', '<d> <p> "2" <g1> .'])
    await finishBatch(states, [], context)
    expect(dataset(output)).toBe('<a> <p> "1" <g0> .\n<a> <p> "2" <g2> .\n<b> <p> "2" <g1> .\n<c> <p> "1" <g0> .\n<d> <p> "2" <g1> .\n')
  })

  it('merges every part again when records share the default graph (a line may be in two parts)', async () => {
    const {output, context, record} = batch(false)
    const states = [await record(0, 'a0', ['<a> <p> "1" .', '<s> <p> "shared" .']), await record(1, 'b1', ['<b> <p> "1" .', '<s> <p> "shared" .'])]
    await finishBatch(states, [], context)
    states[1] = await record(1, 'b1-changed', ['<b> <p> "2" .'])
    await finishBatch(states, [], context)
    expect(dataset(output)).toBe('<a> <p> "1" .\n<b> <p> "2" .\n<s> <p> "shared" .\n')
  })

  it('merges every part again when the dataset was changed since it was written', async () => {
    const {output, context, record} = batch(true)
    const states = [await record(0, 'a0', ['<a> <p> "1" <g0> .']), await record(1, 'b1', ['<b> <p> "1" <g1> .'])]
    await finishBatch(states, [], context)
    writeFileSync(path.join(output, 'dataset.nq'), 'edited by hand\n')
    states[1] = await record(1, 'b1-changed', ['<b> <p> "2" <g1> .'])
    await finishBatch(states, [], context)
    expect(dataset(output)).toBe('<a> <p> "1" <g0> .\n<b> <p> "2" <g1> .\n')
  })
})
