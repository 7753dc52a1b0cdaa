import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {pairSummitCandidates, titleYear} from '../../src/entities/rules/pairSummits.js'

// Made-up sentences on made-up pages; the summits are the series' data (`vocabulary/events.ts`).
const found = (text: string, title?: string) => pairSummitCandidates(foldedCharacters(text), title).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])

describe('a pair’s summit without its date, on the page of an event of a year', () => {
  it.each([
    ['会后双方筹备美朝首腦會談。', '2018年某城会谈', [['美朝首腦會談', '2018年朝美首脑会晤']]], // the pair met once that year
    ['外界期待朝美峰会。', '2019年某地事件', [['朝美峰会', '2019年朝美首脑会晤']]],
    ['外界期待朝美峰会。', '2025年某地事件', []], // no summit of the pair that year
    ['外界期待朝美峰会。', '某城会谈', []], // an undated page: which summit is a guess
    ['双方举行了朝美会谈。', '2018年某城会谈', []], // talks alone are any talks
    ['此后2019年朝美首脑会谈举行。', '2018年某城会谈', []], // a date before the pair is the summit's own
    ['随后第二次朝美首脑会谈举行。', '2018年某城会谈', []], // so is a count
    ['南北首脑会谈', '2018年某城会谈', []] // the two Koreas met three times that year
  ])('%s (%s)', (text, title, expected) => expect(found(text, title)).toEqual(expected))

  it('reads the year a page is titled with', () => expect([titleYear('2030年5月某城峰会'), titleYear('某城峰会'), titleYear(undefined)]).toEqual(['2030', undefined, undefined]))
})
