import {describe, expect, it} from 'vitest'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {latinNameCandidates} from '../../src/entities/rules/latinNames.js'
import {personCandidates} from '../../src/entities/rules/people.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {transliteratedNames} from '../../src/entities/rules/transliterations.js'

// Made-up sentences for each family of people's names, never the seeds' or the gold's.
const person = (text: string, surface: string, name = surface): Candidate => {
  const start = [...text].length - [...text.split(surface).slice(1).join(surface)].length - [...surface].length
  return {start, end: start + [...surface].length, type: 'Person', name, source: 'rule'}
}
const found = (text: string, people: Candidate[] = []) => latinNameCandidates(foldedCharacters(text), people).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])

describe('people named in Latin letters in Chinese text', () => {
  it.each([
    ['发言人Anna Berg表示遗憾', [['Anna Berg', 'Anna Berg']]],
    [
      '嫌犯是Li Min Ho、Pak Chol Su及昵称为老张的O Song Il',
      [
        ['Li Min Ho', 'Li Min Ho'],
        ['Pak Chol Su', 'Pak Chol Su'],
        ['O Song Il', 'O Song Il']
      ]
    ],
    [
      '护照上的姓名为“Kim Dok”（金德），他',
      [
        ['Kim Dok', '金德'],
        ['金德', '金德']
      ]
    ],
    ['据Korean Central News Agency报道', []],
    ['该报援引New York Times的消息', []]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a Latin name in brackets after a Chinese name is that person', () => {
    const text = '会见了安娜·贝格（Anna Berg）'
    expect(found(text, [person(text, '安娜·贝格')])).toEqual([['Anna Berg', '安娜·贝格']])
  })

  it.each([
    ['朝鲜驻华公使朴明皓在朝鲜', '朴明皓'],
    ['大使李明在会上发言', '李明'], // a particle right after: two characters
    ['大使郑英浩到医院探视', '郑英浩'] // jieba glued the verb to the name
  ])('a name jieba cuts after its second character keeps its third: %s', (text, name) => {
    expect(personCandidates(tagPlain(text)).map((candidate) => candidate.name)).toContain(name)
  })

  it('a transliterated name after an office leaves the office out', () => {
    expect(transliteratedNames('外交部发言人汉斯·穆勒表示').map((name) => name.text)).toEqual(['汉斯·穆勒'])
  })
})
