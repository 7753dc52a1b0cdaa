import {describe, expect, it} from 'vitest'
import {isCommonWord} from '../../src/entities/jieba.js'

describe('isCommonWord', () => {
  // Ordinary words (a noun, a verb, a two-character `nz`) and names (a person, a place); each asked twice, the second from memory.
  it.each([
    ['会谈', true],
    ['访问', true],
    ['韩剧', true],
    ['北京', false],
    ['金正日', false]
  ])('%s: %s, and the same when asked again', (word, common) => {
    expect(isCommonWord(word)).toBe(common)
    expect(isCommonWord(word)).toBe(common)
  })
})
