import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {partySuccessions} from '../../src/entities/rules/partySuccessions.js'

// Made-up résumé lines with a party the document names (`青山党`).
function partiesIn(text: string, known = '青山党') {
  const folded = foldedCharacters(text)
  const start = text.indexOf(known)
  const settled: Candidate[] = start < 0 ? [] : [{start, end: start + [...known].length, type: 'Organization', name: known, source: 'lexicon'}]
  return [...partySuccessions(folded, settled)].map(([surface, typing]) => [surface, typing.name])
}

describe('parties in a chain of arrows with a party the document names', () => {
  it.each([
    [
      '第9任议员（东郡，新青山党→青山党→青山统合党）',
      [
        ['新青山党', '新青山党'],
        ['青山统合党', '青山统合党']
      ]
    ],
    ['道知事（初选，未来青山联合→青山党）', [['未来青山联合', '未来青山联合']]], // a coalition that is a party
    ['（新青山党→青山党→东郡委员会）', [['新青山党', '新青山党']]], // a link not shaped like a party
    ['（新青山党→统合党）', []], // no party the document names
    ['（新青山党→青山党）的青山统合党', [['新青山党', '新青山党']]] // outside the chain: not a link
  ])('%s', (text, expected) => expect(partiesIn(text)).toEqual(expected))
})
