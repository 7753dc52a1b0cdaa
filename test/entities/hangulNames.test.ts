import {describe, expect, it} from 'vitest'
import {hangulNameCandidates} from '../../src/entities/rules/hangulNames.js'
import {type Candidate, foldedCharacters} from '../../src/entities/rules/candidate.js'

// Made-up names: the name before the bracket is found by another rule (given here), its Korean form by this one.
function forms(text: string, owner: string, type: Candidate['type'] = 'Person', name = owner) {
  const folded = foldedCharacters(text)
  const start = [...text.slice(0, text.indexOf(owner))].length
  const found = hangulNameCandidates(folded, [{start, end: start + [...owner].length, type, name, source: 'link'}])
  return found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.type, candidate.name])
}

describe('a Korean-script form in brackets after a name', () => {
  it.each([
    ['韩明哲（朝鲜语：한명철），政治人物', '韩明哲', 'Person', [['한명철', 'Person', '韩明哲']]],
    ['韩明哲（朝鮮語：한명철）', '韩明哲', 'Person', [['한명철', 'Person', '韩明哲']]], // traditional label, folded
    ['韩明哲（谚文：한명철；汉字：韩明哲）', '韩明哲', 'Person', [['한명철', 'Person', '韩明哲']]],
    ['韩明哲（1950年－，韩文：한명철）', '韩明哲', 'Person', [['한명철', 'Person', '韩明哲']]], // after another form in the bracket
    ['《青山日报》（청산일보）报道', '青山日报', 'Organization', [['청산일보', 'Organization', '青山日报']]], // after a title mark
    ['青山会谈（2031년 청산회담）举行', '青山会谈', 'Event', [['2031년 청산회담', 'Event', '青山会谈']]], // a year and a space inside
    ['韩明哲的朋友（한명철）', '韩明哲', 'Person', []], // the bracket is not right after the name
    ['韩明哲（朝鲜语：Han Myong-chol）', '韩明哲', 'Person', []], // no Korean script
    ['韩明哲（한명철과 함께 일했다는 설명이 붙은 문장）', '韩明哲', 'Person', []], // a sentence, not a name
    ['青山人民共和国（청산민주주의인민공화국）', '青山人民共和国', 'Country', [['청산민주주의인민공화국', 'Country', '青山人民共和国']]]
  ])('%s', (text, owner, type, expected) => expect(forms(text, owner, type as Candidate['type'])).toEqual(expected))
})
