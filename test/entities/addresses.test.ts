import {describe, expect, it} from 'vitest'
import {addressUnits} from '../../src/entities/rules/addresses.js'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'

// Made-up addresses: the first division is found by another rule, the rest by this one.
function units(text: string, first: string, type: Candidate['type'] = 'Place') {
  const folded = foldedCharacters(text)
  const start = [...text.slice(0, text.indexOf(first))].length
  const found = addressUnits([{start, end: start + [...first].length, type, name: first, source: 'nlp'}], folded)
  return found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.type])
}

describe('the divisions of an address after one found', () => {
  it.each([
    [
      '生于草原省白河县青石镇红柳村，后迁居',
      '草原省',
      [
        ['白河县', 'Place'],
        ['青石镇', 'Place'],
        ['红柳村', 'Place']
      ]
    ],
    ['生于草原省白河市', '草原省', [['白河市', 'City']]],
    ['他在草原省的白河县工作', '草原省', []], // a particle between: no address
    ['草原省委书记出席', '草原省', []], // no division's suffix after it
    ['他访问了白河，青石镇也派人出席', '白河', []] // the first is no division: no address follows
  ])('%s', (text, first, expected) => expect(units(text, first)).toEqual(expected))
})
