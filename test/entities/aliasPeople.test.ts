import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {aliasPeopleCandidates} from '../../src/entities/rules/aliasPeople.js'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {tokenLookup} from '../../src/entities/tokenLookup.js'

// Made-up sentences; the forms are the alias table's data (`vocabulary/aliases.ts`).
const people = (text: string) => {
  const folded = foldedCharacters(text)
  return aliasPeopleCandidates(folded, tokenLookup(tagPlain(folded.join('')))).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('people by a written form the alias table gives them', () => {
  it.each([
    ['記者問川普如何回應。', [['川普', '唐纳德·特朗普']]], // a regional transliteration, traditional script
    ['川普会如期出席。', [['川普', '唐纳德·特朗普']]], // inside a word jieba does not know
    ['他在加利福尼亚州讲话。', []], // inside a word jieba knows: a place
    ['格达费发表演说。', [['格达费', '穆阿迈尔·卡扎菲']]],
    ['四川普通话与此不同。', []] // across two words jieba knows
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected))
})
