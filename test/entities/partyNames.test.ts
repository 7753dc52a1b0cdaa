import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {partyMergers} from '../../src/entities/rules/partyMergers.js'
import {partyShortNames} from '../../src/entities/rules/partyShortNames.js'

const party = (text: string, surface: string): Candidate => {
  const start = text.indexOf(surface)
  return {start, end: start + [...surface].length, type: 'Organization', name: surface, source: 'lexicon'}
}

// Made-up sentences: the parties found, and what they merge into.
describe('a party formed by a merger of parties', () => {
  it.each([
    ['青山党与白水党、红河党合并成为大同青山党，由他任总裁', ['青山党', '白水党'], [['大同青山党', '大同青山党']]],
    ['青山党和白水党合并为青白党。', ['青山党', '白水党'], [['青白党', '青白党']]],
    ['青山党与东郡合并为青白党。', ['青山党'], []], // one party: a merger of anything
    ['青山党成立。白水党与东郡合并为青白党', ['青山党', '白水党'], []] // another sentence's party
  ])('%s', (text, parties, expected) =>
    expect(
      [
        ...partyMergers(
          foldedCharacters(text),
          parties.map((surface) => party(text, surface))
        )
      ].map(([surface, typing]) => [surface, typing.name])
    ).toEqual(expected)
  )
})

describe("a party's short name by the first characters of its two words", () => {
  it.each([
    ['青山白水党', [['青白党', '青山白水党']]],
    ['图瓦努劳动党', []], // a state and one word
    ['新青山白水党', []] // three words
  ])('%s', (name, expected) => expect([...partyShortNames([{start: 0, end: 0, type: 'Organization', name, source: 'lexicon'}])].map(([surface, typing]) => [surface, typing.name])).toEqual(expected))
})
