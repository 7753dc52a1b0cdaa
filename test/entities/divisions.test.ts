import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {divisionCandidates} from '../../src/entities/rules/divisions.js'

// Made-up sentences: a county's name and its division word, which jieba writes apart.
const counties = (text: string) => divisionCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.type])

describe('a county by its name and division word', () => {
  it.each([
    ['他出生于礼山郡的一个村庄', [['礼山郡', 'Place']]], // a name jieba does not know
    [
      '选区为咸平郡和潭阳郡',
      [
        ['咸平郡', 'Place'],
        ['潭阳郡', 'Place']
      ]
    ],
    ['他在鹤立县成立了县委', [['鹤立县', 'Place']]],
    ['他生于黄海道胜湖郡', [['胜湖郡', 'Place']]], // not the province's division word with it
    ['该郡人口不多', []], // the division word alone
    ['金某道：“好。”', []], // 道 after a person is a verb of saying
    ['全县人民都来了', []] // a word before the division, not a name
  ])('%s', (text, expected) => expect(counties(text)).toEqual(expected))
})
