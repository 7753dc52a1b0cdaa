import {describe, expect, it} from 'vitest'
import {namedBy} from '../helpers/ruleFound.js'
import {countedElectionCandidates} from '../../src/entities/rules/countedElections.js'

// Made-up sentences: what each names as a state's election, written and named.
const electionsIn = (text: string) => namedBy(countedElectionCandidates, text)

describe("a state's national election by its count, or its legislature's after the state", () => {
  it.each([
    ['他在第21届总统选举中落选', [['第21届总统选举', '第21届总统选举']]],
    ['该党在第二十届国会议员选举中获胜', [['第二十届国会议员选举', '第二十届国会议员选举']]],
    ['他于第22次总选当选', [['第22次总选', '第22次总选']]],
    ['在2031年3月举行的韩国第24届国会议员选举中', [['韩国第24届国会议员选举', '2031年韩国国会议员选举']]], // a state and its clause's year
    ['在2031年的韩国国会选举中', [['韩国国会选举', '2031年韩国国会议员选举']]],
    ['2031年。韩国第24届总统选举', [['韩国第24届总统选举', '韩国第24届总统选举']]], // another sentence's year
    ['下一届国会选举将于明年举行', []], // no state, no count: any legislature's
    ['从第20次到第23次总选', []] // a range names none
  ])('%s', (text, expected) => expect(electionsIn(text)).toEqual(expected))
})
