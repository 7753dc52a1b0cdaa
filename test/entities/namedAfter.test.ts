import {describe, expect, it} from 'vitest'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namesSomethingElse, withoutNamesOfOthers} from '../../src/entities/rules/namedAfter.js'

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
    ['蒙古2号', '蒙古', 'Country', false], // a state before a number: not this rule's
    ['沿着北海岸线修建铁路', '北海', 'Place', true], // a sea before `岸`: its coast
    ['船只驶入北海', '北海', 'Place', false],
    ['他与巴雅尔家族关系密切', '巴雅尔', 'Person', true], // a family
    ['该委员会被授予巴雅尔勋章', '巴雅尔', 'Person', true], // a medal
    ['电台播放巴雅尔将军歌', '巴雅尔', 'Person', true], // a song
    ['巴雅尔将军视察部队', '巴雅尔', 'Person', false]
  ])('%s: %s', (text, surface, type, expected) => expect(namesSomethingElse(found(text, surface, type as Candidate['type']), foldedCharacters(text))).toBe(expected))
})

describe('what is left of a name of something named after a state', () => {
  it('a state’s sea before its coast leaves the state', () => {
    const text = '船只沿蒙古北海岸航行'
    expect(withoutNamesOfOthers([found(text, '蒙古北海', 'Place')], foldedCharacters(text)).map((candidate) => [candidate.start, candidate.end, candidate.type, candidate.name])).toEqual([[3, 5, 'Country', '蒙古']])
  })
  it('a language leaves nothing', () => expect(withoutNamesOfOthers([found('用蒙古语播出', '蒙古', 'Country')], foldedCharacters('用蒙古语播出'))).toEqual([]))
})
