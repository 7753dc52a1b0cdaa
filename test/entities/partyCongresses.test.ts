import {describe, expect, it} from 'vitest'
import {congressName, partyCongressCandidates} from '../../src/entities/rules/partyCongresses.js'
import {partyMeetingCandidates} from '../../src/entities/rules/partyMeetings.js'
import {ruleFound} from '../helpers/ruleFound.js'

const run = (text: string) => ruleFound(partyCongressCandidates, text).map((candidate) => [candidate.surface, candidate.name])

describe('party congresses the text writes otherwise, by zhwiki’s title', () => {
  it.each([
    ['他在朝鲜劳动党第四次党大会上当选委员', [['朝鲜劳动党第四次党大会', '朝鲜劳动党第四次代表大会']]],
    ['第8届朝鲜劳动党大会召开', [['第8届朝鲜劳动党大会', '朝鲜劳动党第八次代表大会']]],
    ['第二十届中共全国代表大会召开', [['第二十届中共全国代表大会', '中国共产党第二十次全国代表大会']]], // the party titled with 全国
    // Without the party: the one party the document names.
    ['他是朝鲜劳动党党员。在第九次党大会上发言', [['第九次党大会', '朝鲜劳动党第九次代表大会']]],
    ['他是劳动党党员。第4届全党代表大会召开', [['第4届全党代表大会', '朝鲜劳动党第四次代表大会']]],
    // None or two parties named: no name made up.
    ['在第九次党大会上发言', []],
    ['朝鲜劳动党与中国共产党会谈。在第九次党大会上发言', []]
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})

describe('a congress counted with 次, 全国 only for the parties titled so', () => {
  it.each([
    ['朝鲜劳动党', '第八届全国代表大会', '朝鲜劳动党第八次代表大会'],
    ['朝鲜劳动党', '第8次代表大会', '朝鲜劳动党第八次代表大会'],
    ['中国共产党', '第二十次代表大会', '中国共产党第二十次全国代表大会'],
    ['朝鲜劳动党', '代表会议', '朝鲜劳动党代表会议'], // a conference, not a congress: as written
    ['朝鲜劳动党', '第3次代表会议', '朝鲜劳动党第三次代表会议']
  ])('%s %s → %s', (party, head, name) => expect(congressName(party, head)).toBe(name))

  it('names the congresses `某某党第N届全国代表大会` so', () => {
    const found = ruleFound(partyMeetingCandidates, '劳动党第8届全国代表大会召开').map((candidate) => [candidate.surface, candidate.name])
    expect(found).toEqual([['劳动党第8届全国代表大会', '朝鲜劳动党第八次代表大会']])
  })
})
