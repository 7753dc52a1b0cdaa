import {describe, expect, it} from 'vitest'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namesLanguage} from '../../src/entities/rules/languages.js'

// Made-up sentences, never the seeds' or the gold's.
const state = (text: string, surface: string, type: Candidate['type'] = 'Country'): Candidate => {
  const start = [...text.slice(0, text.indexOf(surface))].length
  return {start, end: start + [...surface].length, type, name: surface, source: 'gazetteer'}
}

describe('a state’s name before the word for a language names the language', () => {
  it.each([
    ['该台用蒙古语和英语播出', '蒙古', true],
    ['新闻稿以西班牙語发布', '西班牙', true], // folded
    ['蒙古与日本建交', '蒙古', false],
    ['蒙古语言学会', '蒙古', true]
  ])('%s: %s', (text, surface, expected) => expect(namesLanguage(state(text, surface), foldedCharacters(text))).toBe(expected))

  it('a city before it stays a city', () => expect(namesLanguage(state('乌兰巴托语', '乌兰巴托', 'City'), foldedCharacters('乌兰巴托语'))).toBe(false))
})
