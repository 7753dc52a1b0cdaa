import {describe, expect, it} from 'vitest'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {partyOrgansAlone} from '../../src/entities/rules/organsAlone.js'
import {qualifyPartyOrgans} from '../../src/entities/rules/partyOrgans.js'

// Made-up texts, never the seeds' or the gold's.
const mention = (text: string, surface: string, type: Candidate['type'], name = surface): Candidate => {
  const start = [...text.slice(0, text.indexOf(surface))].length
  return {start, end: start + [...surface].length, type, name, source: 'gazetteer'}
}
const alone = (text: string, settled: Candidate[]) => partyOrgansAlone(settled, [...text]).map((found) => [...text].slice(found.start, found.end).join(''))

describe('a party’s organ standing alone', () => {
  const lead = '某某，蒙古人民党政治人物。'
  const party = mention(lead, '蒙古人民党', 'Organization')
  it.each([
    [`${lead}曾任中央委员会委员、统一战线部部长。`, ['中央委员会', '统一战线部']],
    [`${lead}1980年当选政治局候补委员。`, ['政治局']],
    [`${lead}后在组织指导部工作`, ['组织指导部']],
    [`${lead}重返政治局常委`, []], // the standing committee's post names that committee
    [`${lead}蒙古人民党中央政治局`, []] // inside a longer name, read with its party
  ])('%s', (text, expected) => expect(alone(text, [party])).toEqual(expected))

  it('needs a party the document names', () => expect(alone('某某曾任宣传鼓动部副部长', [])).toEqual([]))
})

describe('a party’s organ alone takes the full name the document gives it with that party', () => {
  it('政治局 → the party’s 中央政治局 named in full', () => {
    const text = '蒙古人民党中央政治局开会。他当选政治局委员。'
    const full: Candidate = {...mention(text, '蒙古人民党中央政治局', 'GovernmentOrganization'), source: 'rule'}
    const organ: Candidate = {start: 17, end: 20, type: 'GovernmentOrganization', name: '政治局', source: 'rule'}
    qualifyPartyOrgans([full, organ], [...text])
    expect(organ.name).toBe('蒙古人民党中央政治局')
  })

  it('else the party’s name and the organ’s', () => {
    const text = '蒙古人民党开会。他当选政治局委员。'
    const organ: Candidate = {start: 10, end: 13, type: 'GovernmentOrganization', name: '政治局', source: 'rule'}
    qualifyPartyOrgans([mention(text, '蒙古人民党', 'Organization'), organ], [...text])
    expect(organ.name).toBe('蒙古人民党政治局')
  })
})
