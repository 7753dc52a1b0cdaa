import {describe, expect, it} from 'vitest'
import {armyUnitsAfter, unitName} from '../../src/entities/rules/armyUnits.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {foldedCharacters} from '../../src/entities/findCandidates.js'

// Made-up sentences: an army found at the start of a span, then what follows it.
function unitsAfter(text: string, army: string, name: string) {
  const folded = foldedCharacters(text)
  const start = text.indexOf(army)
  const mention: Candidate = {start, end: start + [...army].length, type: 'GovernmentOrganization', name, source: 'lexicon'}
  return armyUnitsAfter([mention], folded).map((found) => [folded.slice(found.start, found.end).join(''), found.name])
}

describe('army units by number after their army', () => {
  it.each([
    ['他任图瓦努人民军第3军团军团长', '图瓦努人民军', '图瓦努人民军', [['图瓦努人民军第3军团', '图瓦努人民军第三军团']]],
    ['他任人民军第7师师长', '人民军', '图瓦努人民军', [['人民军第7师', '图瓦努人民军第七师']]],
    ['他在人民軍第4軍団服役', '人民軍', '图瓦努人民军', [['人民军第4军団', '图瓦努人民军第四军团']]], // the Japanese form of the corps
    ['他任人民军第12师第36团团长', '人民军', '图瓦努人民军', [['人民军第12师第36团', '图瓦努人民军第12师第36团']]], // a longer number stays
    ['他任人民军第2步兵师参谋', '人民军', '图瓦努人民军', [['人民军第2步兵师', '图瓦努人民军第二步兵师']]],
    ['他任西岭联军第3路军第2支队长', '西岭联军', '西岭联军', [['西岭联军第3路军第2支队', '西岭联军第三路军第二支队']]], // a route army and its detachments
    ['图瓦努海军318编队出港', '图瓦努海军', '图瓦努海军', [['图瓦努海军318编队', '图瓦努海军318编队']]],
    ['人民军第三军事学院', '人民军', '图瓦努人民军', []], // `军事`: no corps
    ['人民军独立师', '人民军', '图瓦努人民军', []], // no number, no name
    ['图瓦努国防部第5局', '图瓦努国防部', '图瓦努国防部', []] // a ministry is no army
  ])('%s', (text, army, name, expected) => expect(unitsAfter(text, army, name)).toEqual(expected))
})

describe('a unit is counted with 第, one digit in a Chinese numeral', () => {
  it.each([
    ['第2军团', '第二军团'],
    ['2军1师1团', '第二军第一师第一团'],
    ['第2军独立师1团一连', '第二军独立师第一团第一连'],
    ['第15师', '第15师'],
    ['256编队', '256编队'],
    ['第6军団', '第六军团']
  ])('%s → %s', (units, name) => expect(unitName(units)).toBe(name))
})
