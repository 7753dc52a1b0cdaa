import {describe, expect, it} from 'vitest'
import {alternation, escapeRegExp, longestFirst} from '../../src/core/alternation.js'

describe('longestFirst', () => {
  it.each([
    [
      ['甲', '甲乙丙', '甲乙'],
      ['甲乙丙', '甲乙', '甲']
    ],
    [
      ['乙', '甲', '乙'],
      ['乙', '甲']
    ],
    [[], []]
  ])('orders %j as %j (distinct, longest first, given order within a length)', (words, expected) => {
    expect(longestFirst(words)).toEqual(expected)
  })
})

describe('alternation', () => {
  it('matches the longest word where a shorter one starts it', () => {
    expect('总理大臣会见'.match(new RegExp(`^(${alternation(['总理', '总理大臣'])})`))?.[1]).toBe('总理大臣')
  })

  it.each([
    ['a.b', 'axb', false],
    ['a.b', 'a.b', true],
    ['(甲)', '(甲)', true],
    ['c++', 'c++', true],
    ['x|y', 'y', false]
  ])('takes %s literally: %s matches %s', (word, text, matches) => {
    expect(new RegExp(`^(?:${alternation([word])})$`, 'u').test(text)).toBe(matches)
  })

  it('escapes every regex metacharacter', () => {
    const special = '.*+?^${}()|[]\\'
    expect(new RegExp(`^${escapeRegExp(special)}$`, 'u').test(special)).toBe(true)
  })
})
