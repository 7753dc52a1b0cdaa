import {describe, expect, it} from 'vitest'
import {boundedMemo} from '../../src/core/boundedMemo.js'

describe('boundedMemo', () => {
  it('computes each argument once while under its limit', () => {
    const calls: string[] = []
    const length = boundedMemo((key) => (calls.push(key), key.length), 10)
    expect([length('ab'), length('abc'), length('ab')]).toEqual([2, 3, 2])
    expect(calls).toEqual(['ab', 'abc'])
  })

  it('keeps an undefined answer too', () => {
    let calls = 0
    const nothing = boundedMemo(() => (calls++, undefined), 10)
    nothing('a')
    nothing('a')
    expect(calls).toBe(1)
  })

  it('past its limit, answers without keeping: the same answers, computed again', () => {
    const calls: string[] = []
    const upper = boundedMemo((key) => (calls.push(key), key.toUpperCase()), 2)
    expect(['a', 'b', 'c', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'C', 'A'])
    expect(calls).toEqual(['a', 'b', 'c', 'c'])
  })
})
