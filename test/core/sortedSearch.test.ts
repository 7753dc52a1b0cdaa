import {describe, expect, it} from 'vitest'
import {firstAtLeast, lastEndingBy} from '../../src/core/sortedSearch.js'

describe('firstAtLeast: the first index whose value reaches a target', () => {
  const values = [1, 3, 3, 7]
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [7, 3],
    [8, 4]
  ])('target %i → index %i', (target, expected) => {
    expect(firstAtLeast(values.length, (index) => values[index]!, target)).toBe(expected)
  })

  it('is 0 on an empty list', () => {
    expect(firstAtLeast(0, () => 0, 5)).toBe(0)
  })
})

describe('lastEndingBy: the last span (in list order) that ends by an offset', () => {
  // Not sorted by end: the answer is the latest in list order, as a filter would give it.
  const spans = [
    {end: 5, id: 'a'},
    {end: 2, id: 'b'},
    {end: 9, id: 'c'},
    {end: 4, id: 'd'},
    {end: 12, id: 'e'}
  ]
  const lastBy = lastEndingBy(spans)
  it.each([
    [1, undefined],
    [2, 'b'],
    [3, 'b'],
    [4, 'd'],
    [8, 'd'],
    [9, 'd'],
    [12, 'e']
  ])('by %i → %s', (offset, expected) => {
    expect(lastBy(offset)?.id).toBe(expected)
    expect(lastBy(offset)).toBe(spans.filter((span) => span.end <= offset).at(-1))
  })
})
