import {describe, expect, it} from 'vitest'
import {scanChineseTimes} from '../../src/time/scanChineseTimes.js'
import {alternation, relativeDayWords, relativeYearWords} from '../../src/time/vocabulary/relativeWords.js'

// The relative words are data written once in simplified characters; the traditional forms are derived.
describe('relative-time vocabulary', () => {
  it.each([
    ['当天', '當天'],
    ['这天', '這天'],
    ['上个月', '上個月'],
    ['该年', '該年'],
    ['年内', '年內']
  ])('derives the traditional form of %s: %s', (simplified, traditional) => {
    const words = [...relativeDayWords, ...relativeYearWords].map((entry) => entry.word)
    expect(words).toContain(simplified)
    expect(words).toContain(traditional)
  })

  it('gives every entry a source', () => {
    for (const entry of [...relativeDayWords, ...relativeYearWords]) expect(entry.source.length).toBeGreaterThan(10)
  })

  it('orders an alternation longest first, so a longer word is never cut to a shorter one', () => {
    expect(alternation([{word: '同日'}, {word: '同一天'}, {word: '上月'}, {word: '上个月'}])).toBe('同一天|上个月|同日|上月')
  })

  it.each(relativeDayWords.map((entry) => [entry.word, entry.amount, entry.unit] as const))('reads %s as %i %s from its anchor', (word, amount, unit) => {
    const [mention] = scanChineseTimes(`甲国${word}宣布。`)
    expect(mention?.relative).toMatchObject({amount, unit})
  })

  it.each(relativeYearWords.map((entry) => [entry.word, entry.amount] as const))('reads %s as %i years from its anchor', (word, amount) => {
    const [mention] = scanChineseTimes(`甲国${word}宣布。`)
    expect(mention?.relativeYear).toBe(amount)
  })

  it('reads 年内 after a count as a duration, not a year', () => {
    expect(scanChineseTimes('甲国三年内宣布。').some((mention) => mention.relativeYear !== undefined)).toBe(false)
  })
})
