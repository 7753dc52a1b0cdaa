import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {committeeMeetings} from '../../src/entities/rules/committeeMeetings.js'
import {regionalCommittees} from '../../src/entities/rules/regionalCommittees.js'

// Made-up sentences on made-up places: what each names, written and in full.
function committeesIn(text: string) {
  const folded = foldedCharacters(text)
  const found = regionalCommittees(folded, tagPlain(folded.join('')))
  return [...found, ...committeeMeetings(found, folded)].map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe("a communist party's regional committee by its short name", () => {
  it.each([
    ['他任中共河阳县委书记', [['中共河阳县委', '中国共产党河阳县委员会']]],
    ['中共成立后，他到河阳中心县委工作', [['河阳中心县委', '中国共产党河阳中心县委员会']]],
    ['中共的组织里，南岭临时省委改组了', [['南岭临时省委', '中国共产党南岭临时省委员会']]],
    ['中共派他去南岭特委', [['南岭特委', '中国共产党南岭特别委员会']]],
    ['他到南岭特委工作', []], // no Chinese party in the document: whose committee is unknown
    ['中共党员，后任劳动党平壤市委书记', []], // another party's committee
    ['中共党员，后任河阳县委员会委员', []] // the full name is no short one
  ])('%s', (text, expected) => expect(committeesIn(text)).toEqual(expected))
})

describe("a regional committee's counted meeting", () => {
  it.each([
    [
      '中共召开南岭临时省委第三次执委会',
      [
        ['南岭临时省委', '中国共产党南岭临时省委员会'],
        ['南岭临时省委第三次执委会', '南岭临时省委第三次执委会']
      ]
    ],
    [
      '中共的河阳县委第2次常委会',
      [
        ['河阳县委', '中国共产党河阳县委员会'],
        ['河阳县委第2次常委会', '河阳县委第2次常委会']
      ]
    ]
  ])('%s', (text, expected) => expect(committeesIn(text)).toEqual(expected))
})
