import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {datedPairSummitCandidates} from '../../src/entities/rules/datedPairSummits.js'

// Made-up sentences, never the seeds' or the gold's; the series are the vocabulary's (one DPRK–US summit in 2019).
function run(text: string, titleYear?: string) {
  const folded = foldedCharacters(text)
  return datedPairSummitCandidates(folded, titleYear).map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('a pair’s summit dated by the year its sentence gives', () => {
  it.each([
    ['2019年春，他随团出席美朝首腦會談。', undefined, [['美朝首脑会谈', '2019年朝美首脑会晤']]],
    ['2017年他升任局长。随后出席朝美首脑会谈。', undefined, []], // the year is another sentence's
    ['2020年，他出席朝美首脑会谈。', undefined, []], // no summit of the pair that year
    ['1990年，中朝首脑会谈举行。', undefined, []], // a pair the vocabulary does not count
    ['2019年，他出席朝美首脑会谈。', '2018', []] // a page titled with a year: its year decides (`pairSummits.ts`)
  ])('%s', (text, titleYear, expected) => expect(run(text, titleYear)).toEqual(expected))
})
