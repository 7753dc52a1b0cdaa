import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {surnameSubjectCandidates} from '../../src/entities/rules/surnameSubjects.js'
import {tokenLookup} from '../../src/entities/tokenLookup.js'

// Made-up sentences about made-up people, never the seeds' or the gold's.
const found = (text: string, people: string[]) => {
  const folded = foldedCharacters(text)
  return surnameSubjectCandidates(folded, people, tokenLookup(tagPlain(folded.join('')))).map((candidate) => [candidate.start, candidate.name])
}

describe('a surname alone as the subject of a clause', () => {
  it.each([
    ['柳明勋抵达会场。柳希望双方继续对话。', ['柳明勋'], [[8, '柳明勋']]], // after a stop, a verb follows
    ['会后，崔又提出新的建议。', ['崔光日'], [[3, '崔光日']]], // after a comma, an adverb follows
    ['柳希望双方继续对话。', ['柳明勋', '柳正浩'], []], // two people share the surname
    ['会后，柳希望双方继续对话。', [], []], // no one of that surname in the document
    ['韩希望双方继续对话。', ['韩德成'], []], // a state's one-character name
    ['崔光日说，他对此表示满意。', ['崔光日'], []] // the full name is no surname alone
  ])('%s', (text, people, expected) => expect(found(text, people)).toEqual(expected))
})
