import {describe, expect, it} from 'vitest'
import {byLastCharacter, endsWithAny, firstEnding} from '../../src/core/byLastCharacter.js'

describe('byLastCharacter', () => {
  const words = ['领导小组办公室', '乐团', '办公室', '团', '学院', '室']

  it('answers `find` as a scan of the whole list does, in the list’s order', () => {
    const ending = byLastCharacter(words)
    for (const text of ['普天堡电子乐团', '领导小组办公室', '会议室', '伊林学院', '研究所', '', '团']) {
      expect(ending(text).find((word) => text.endsWith(word))).toBe(words.find((word) => text.endsWith(word)))
      expect(firstEnding(ending, text)).toBe(words.find((word) => text.endsWith(word)))
      expect(endsWithAny(ending, text)).toBe(words.some((word) => text.endsWith(word)))
    }
    expect(ending('某室')).toEqual(['领导小组办公室', '办公室', '室'])
  })

  it('keeps an empty word in its place for every text', () => {
    const ending = byLastCharacter(['乐团', '', '团', '院'])
    expect(ending('歌舞团')).toEqual(['乐团', '', '团'])
    expect(ending('学院')).toEqual(['', '院'])
    expect(ending('')).toEqual([''])
  })

  it('tells astral characters apart by their last unit', () => {
    const ending = byLastCharacter(['𠀀', 'a'])
    expect(endsWithAny(ending, 'x𠀀')).toBe(true)
    expect(endsWithAny(ending, 'xb')).toBe(false)
  })
})
