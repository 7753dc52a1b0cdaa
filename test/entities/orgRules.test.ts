import {describe, expect, it} from 'vitest'
import type {EntityMention} from '../../src/entities/entityTypes.js'
import {resolveShortBodies} from '../../src/entities/eventNames.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {bodyCandidates} from '../../src/entities/rules/bodies.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namedBodyCandidates} from '../../src/entities/rules/namedBodies.js'
import {shortBodyNames} from '../../src/entities/rules/shortBodies.js'
import {subBodiesAfter} from '../../src/entities/rules/subBodies.js'
import {teamCandidates} from '../../src/entities/rules/teams.js'

// Made-up sentences for each family of organizations, never the seeds' or the gold's.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}
const body = (start: number, name: string, type: Candidate['type'] = 'Organization'): Candidate => ({start, end: start + [...name].length, type, name, source: 'rule'})

describe('a state’s government and authorities are the state', () => {
  it.each(['蒙古当局表示', '越南军方表示', '蒙古政府宣布', '援助非蒙古银行'])('%s', (text) => expect(run(bodyCandidates, text)).toEqual([]))
})

describe('a state and a set phrase jieba knows that ends with a body’s head', () => {
  it.each([
    ['蒙古高等法院法官表示', [['蒙古高等法院', '蒙古高等法院']]],
    ['蒙古无核化陷入僵局', []] // a one-character head at the end of a phrase: not a body
  ])('%s', (text, expected) => expect(run(bodyCandidates, text)).toEqual(expected))
})

describe('bodies named by a name and a head', () => {
  const found = (text: string) => namedBodyCandidates(tagPlain(text)).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
  it.each([
    ['他任蒙古扎门电信集团董事', [['蒙古扎门电信集团', '蒙古扎门电信集团']]],
    ['收购了德国酒店集团', []], // a state and a trade: a description
    ['，釜山中央地方检察厅以违反', [['釜山中央地方检察厅', '釜山中央地方检察厅']]],
    ['蒙古对外文化联络委员会副委员长', [['蒙古对外文化联络委员会', '蒙古对外文化联络委员会']]],
    ['在越南文艺战线上', []]
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected))

  it('a body known by a short name starts the name with its full name', () => {
    expect(found('劳动党中央军事委员会')).toContainEqual(['劳动党中央军事委员会', '朝鲜劳动党中央军事委员会'])
  })
})

describe('departments below a body', () => {
  it.each([
    ['某某党宣传部副部长', ['某某党宣传部']],
    ['某某党副部长', []]
  ])('%s', (text, expected) => expect(subBodiesAfter([body(0, '某某党')], foldedCharacters(text), tagPlain(text)).map((candidate) => candidate.name)).toEqual(expected))
})

describe('short names of the bodies a document names in full', () => {
  const names = (candidates: Candidate[], text: string) => [...shortBodyNames(candidates, foldedCharacters(text)).entries()].map(([surface, typing]) => [surface, typing.name])
  it.each([
    ['蒙古人民革命党', [['人民革命党', '蒙古人民革命党']]],
    ['国际捕鲸委员会', [['捕鲸委员会', '国际捕鲸委员会']]],
    ['蒙古外交部', []], // any state has one
    ['蒙古国会', []]
  ])('%s', (name, expected) => expect(names([body(0, name)], name)).toEqual(expected))
})

describe('sports teams of states', () => {
  it.each([
    [
      '蒙古队和越南队打平',
      [
        ['蒙古队', '蒙古队'],
        ['越南队', '越南队']
      ]
    ],
    ['朝越联队获得铜牌', [['朝越联队', '朝越联队']]],
    ['蒙古队员表示', []] // a player
  ])('%s', (text, expected) => expect(run(teamCandidates, text)).toEqual(expected))
})

describe('on a page about a body, its short name found by a rule is that body', () => {
  const mention = (name: string, source: EntityMention['source'] = 'rule'): EntityMention => ({start: 0, end: 1, exact: name, type: 'Organization', name, source})
  it('takes the title, not for linked names', () => {
    const mentions = [mention('朝越联队'), mention('朝越联队', 'link')]
    resolveShortBodies(mentions, '2030年某某运动会朝越联队')
    expect(mentions.map((one) => one.name)).toEqual(['2030年某某运动会朝越联队', '朝越联队'])
  })
})
