import {describe, expect, it} from 'vitest'
import {acronymsAfter, acronymsAlone} from '../../src/entities/rules/acronyms.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {bodyCandidates} from '../../src/entities/rules/bodies.js'
import {tagPlain} from '../../src/entities/jieba.js'

// Made-up texts, never the seeds' or the gold's.
const body = (start: number, name: string): Candidate => ({start, end: start + [...name].length, type: 'Organization', name, source: 'rule'})
const alone = (text: string, bodies: Candidate[]) => {
  const folded = foldedCharacters(text)
  return acronymsAlone(acronymsAfter(bodies, folded), folded).map((found) => [folded.slice(found.start, found.end).join(''), found.name, found.start])
}

describe('an acronym the document gave a body names it alone later', () => {
  it.each([
    ['草原测绘局（GMA）称，据GMA测定', [body(0, '草原测绘局')], [['GMA', '草原测绘局', 13]]],
    ['草原测绘局（GMA）\n\n时间\tGMA\tXYZ', [body(0, '草原测绘局')], [['GMA', '草原测绘局', 15]]], // the head of a table
    ['草原测绘局（GMA）与GMAX公司', [body(0, '草原测绘局')], []], // part of a longer Latin word
    ['没有定义：GMA', [], []], // no definition in the document: no name
    ['甲测绘局（GMA）和乙测绘局（GMA）：GMA', [body(0, '甲测绘局'), body(10, '乙测绘局')], []] // given to two bodies: names neither
  ])('%s', (text, bodies, expected) => expect(alone(text, bodies)).toEqual(expected))
})

describe('a network of stations named after its state is a body', () => {
  it('蒙古地震台网 is one body', () => {
    const folded = foldedCharacters('据蒙古地震台网测定')
    const out = emitter(folded, tagPlain(folded.join('')))
    bodyCandidates(out)
    expect(out.found.map((found) => found.name)).toEqual(['蒙古地震台网'])
  })
})
