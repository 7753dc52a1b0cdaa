import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import {armyShortNames} from '../../src/entities/rules/armyShortNames.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {numberedUnitsAlone} from '../../src/entities/rules/numberedUnitsAlone.js'

const body = (name: string, type: Candidate['type'] = 'Organization'): Candidate => ({start: 0, end: 0, type, name, source: 'lexicon'})

// Made-up armies: the short names Chinese makes of them by first characters.
describe("an army's short name by the first characters of its last two words", () => {
  it.each([
    [
      '西岭抗日联军',
      [
        ['抗联', '西岭抗日联军'],
        ['西岭抗联', '西岭抗日联军']
      ]
    ],
    ['抗日联军', [['抗联', '抗日联军']]],
    ['图瓦努人民军', []], // `人民军` is one word of three characters: no such short name
    ['西岭抗日联盟', []] // no army
  ])('%s', (name, expected) => expect([...armyShortNames([body(name)])].map(([short, typing]) => [short, typing.name])).toEqual(expected))
})

// Made-up sentences: a unit by its number alone, and the units the document names after their army.
function unitsAlone(text: string, named: string[]) {
  const folded = foldedCharacters(text)
  return numberedUnitsAlone(
    folded,
    named.map((name) => body(name, 'GovernmentOrganization'))
  ).map((found) => [folded.slice(found.start, found.end).join(''), found.name])
}

describe('a unit by its number alone, for the one unit of that number named after its army', () => {
  it.each([
    ['他调任第五军军长', ['西岭联军第五军'], [['第五军', '西岭联军第五军']]],
    ['后来三路军西征', ['西岭联军第三路军'], [['三路军', '西岭联军第三路军']]],
    ['他在第3路军', ['西岭联军第三路军'], [['第3路军', '西岭联军第三路军']]],
    ['他调任第五军军长', ['西岭联军第五军', '图瓦努人民军第五军'], []], // two armies' fifth corps
    ['他调任第五军军长', ['西岭联军第五军第一师'], []], // the fifth corps is not named alone in full
    ['第1营第1连', ['西岭联军第一连'], []], // a company alone is another chain's
    ['第五军事学院', ['西岭联军第五军'], []] // `军事`: no corps
  ])('%s', (text, named, expected) => expect(unitsAlone(text, named)).toEqual(expected))
})
