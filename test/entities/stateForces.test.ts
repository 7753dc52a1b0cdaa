import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {stateForceCandidates} from '../../src/entities/rules/stateForces.js'

// Made-up sentences, never the seeds' or the gold's.
function run(text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  stateForceCandidates(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('a state’s armed forces by its one-letter name', () => {
  it.each([
    ['演习时韩军出动了坦克', [['韩军', '韩国国军']]],
    ['若朝軍开火', [['朝军', '朝鲜人民军']]],
    ['两国签署朝韩军事协议', []], // a pair of states before `军事`
    ['韩军方表示', []], // `军方`: the state's side
    ['美韩军演', []] // inside a pair
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
