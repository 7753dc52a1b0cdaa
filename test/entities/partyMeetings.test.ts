import {describe, expect, it} from 'vitest'
import {partyMeetingCandidates} from '../../src/entities/rules/partyMeetings.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences: meetings of the parties the vocabulary knows and elections of a legislature.
const run = (text: string) => ruleFound(partyMeetingCandidates, text).map((candidate) => [candidate.surface, candidate.name])

describe('meetings of a party and elections of a legislature', () => {
  it.each([
    ['1970年劳动党代表会议后，他升任部长', [['劳动党代表会议', '朝鲜劳动党代表会议']]], // no count: none made up; the party by its full name
    ['他在朝鲜劳动党第五次代表会议上当选', [['朝鲜劳动党第五次代表会议', '朝鲜劳动党第五次代表会议']]],
    ['在朝鲜劳动党第三次代表会上', [['朝鲜劳动党第三次代表会', '朝鲜劳动党第三次代表会议']]], // the short form of 代表会议
    ['劳动党八大期间', [['劳动党八大', '朝鲜劳动党第八次代表大会']]], // a congress's short name
    ['中共二十大召开', [['中共二十大', '中国共产党第二十次全国代表大会']]], // …as zhwiki titles that party's congresses
    ['第15届最高人民会议代议员选举结果公布', [['第15届最高人民会议代议员选举', '第十五届最高人民会议代议员选举']]],
    ['劳动党八大学生', []], // 大学 is no congress
    ['劳动党代表团访问', []] // a delegation is no meeting
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
