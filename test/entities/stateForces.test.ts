import {describe, expect, it} from 'vitest'
import {stateForceCandidates} from '../../src/entities/rules/stateForces.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(stateForceCandidates, text).map((candidate) => [candidate.surface, candidate.name])

describe('a state’s armed forces by its one-letter name', () => {
  it.each([
    ['演习时韩军出动了坦克', [['韩军', '韩国国军']]],
    ['若朝軍开火', [['朝军', '朝鲜人民军']]],
    ['两国签署朝韩军事协议', []], // a pair of states before `军事`
    ['韩军方表示', []], // `军方`: the state's side
    ['美韩军演', []] // inside a pair
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
