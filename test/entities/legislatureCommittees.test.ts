import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {legislatureCommittees} from '../../src/entities/rules/legislatureCommittees.js'

// Made-up résumé lines: the legislature found and named, then what follows it.
function committeesAfter(text: string, surface: string, name: string) {
  const folded = foldedCharacters(text)
  const start = text.indexOf(surface)
  const mention: Candidate = {start, end: start + [...surface].length, type: 'GovernmentOrganization', name, source: 'rule'}
  return legislatureCommittees([mention], folded).map((found) => [folded.slice(found.start, found.end).join(''), found.name])
}

describe("a legislature's committee named after it", () => {
  it.each([
    ['2030.05 国会 海洋渔业委员会 委员', '国会', '图瓦努国会', [['海洋渔业委员会', '图瓦努国会海洋渔业委员会']]], // a résumé's space: a mention of its own
    ['他任国会外交统一委员会委员长', '国会', '图瓦努国会', [['国会外交统一委员会', '图瓦努国会外交统一委员会']]], // written together: one
    ['图瓦努国会 政治制度改革特别委员会 委员', '图瓦努国会', '图瓦努国会', [['政治制度改革特别委员会', '图瓦努国会政治制度改革特别委员会']]],
    ['国会和选举委员会', '国会', '图瓦努国会', []], // another clause
    ['国会 委员', '国会', '图瓦努国会', []], // no committee
    ['外交部 政策委员会', '外交部', '图瓦努外交部', []] // no legislature
  ])('%s', (text, surface, name, expected) => expect(committeesAfter(text, surface, name)).toEqual(expected))
})
