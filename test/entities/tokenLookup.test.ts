import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {tagPlain, type Token} from '../../src/entities/jieba.js'
import {tokenLookup} from '../../src/entities/tokenLookup.js'

// The lookup answers as the scans it replaced: `find` for the word at an offset, a filter for the words over a span.
const find = (tokens: Token[], offset: number) => tokens.find((token) => token.start <= offset && offset < token.end)
const overlapping = (tokens: Token[], start: number, end: number) => tokens.filter((token) => token.end > start && token.start < end)

describe('tokenLookup', () => {
  it.each(['朝鲜和韩国的领导人在板门店举行了会谈。', '某国外交部发言人Jane Doe表示，双方将于明年会晤。', '𠀀𠀁中文 text'])('gives the word at every offset of %s, and none outside', (text) => {
    const tokens = tagPlain(text)
    const words = tokenLookup(tokens)
    const length = tokens.at(-1)!.end
    for (let offset = -2; offset <= length + 2; offset++) {
      expect(words.at(offset)).toBe(find(tokens, offset))
      expect(words.indexAt(offset)).toBe(find(tokens, offset) ? tokens.indexOf(find(tokens, offset)!) : -1)
    }
  })

  it('gives the words over any span of a tiling, as a filter of all of them does', () => {
    const lengths = fc.array(fc.integer({min: 1, max: 4}), {minLength: 1, maxLength: 30})
    fc.assert(
      fc.property(lengths, fc.nat(), fc.nat(), (sizes, a, b) => {
        let offset = 0
        const tokens = sizes.map((size, index) => ({word: `w${index}`, tag: 'n', start: offset, end: (offset += size)}))
        const start = a % (offset + 2)
        const end = start + (b % 6)
        expect(tokenLookup(tokens).within(start, end)).toEqual(overlapping(tokens, start, end))
      })
    )
  })

  it('takes the first of overlapping tokens, as find does', () => {
    const tokens = [
      {word: 'ab', tag: 'n', start: 0, end: 2},
      {word: 'b', tag: 'n', start: 1, end: 2},
      {word: 'c', tag: 'n', start: 2, end: 3}
    ]
    expect([0, 1, 2].map((offset) => tokenLookup(tokens).at(offset))).toEqual([tokens[0], tokens[0], tokens[2]])
  })
})
