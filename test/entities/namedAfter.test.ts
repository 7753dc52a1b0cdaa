import {describe, expect, it} from 'vitest'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namesSomethingElse} from '../../src/entities/rules/namedAfter.js'

// Made-up sentences, never the seeds' or the gold's.
const found = (text: string, surface: string, type: Candidate['type']): Candidate => {
  const start = [...text.slice(0, text.indexOf(surface))].length
  return {start, end: start + [...surface].length, type, name: surface, source: 'gazetteer'}
}

describe('a state’s or place’s name that names something else after it', () => {
  it.each([
    ['该台用蒙古语和英语播出', '蒙古', 'Country', true], // a language
    ['新闻稿以西班牙語发布', '西班牙', 'Country', true], // folded
    ['蒙古语言学会', '蒙古', 'Country', true],
    ['蒙古与日本建交', '蒙古', 'Country', false],
    ['乌兰巴托语', '乌兰巴托', 'City', false], // a city before it stays a city
    ['自行研制的青岭2号运载火箭', '青岭', 'Place', true], // a device of a numbered series
    ['改进的青岭三号卫星', '青岭', 'Place', true],
    ['火箭从青岭发射', '青岭', 'Place', false],
    ['蒙古2号', '蒙古', 'Country', false] // a state before a number: not this rule's
  ])('%s: %s', (text, surface, type, expected) => expect(namesSomethingElse(found(text, surface, type as Candidate['type']), foldedCharacters(text))).toBe(expected))
})
