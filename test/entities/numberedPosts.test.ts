import {describe, expect, it} from 'vitest'
import {numberedPostCandidates} from '../../src/entities/rules/numberedPosts.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(numberedPostCandidates, text).map((candidate) => [candidate.surface, candidate.type, candidate.name])

describe('a post named by its number is a place', () => {
  it.each([
    ['士兵从第七哨所撤回', [['第七哨所', 'Place', '第七哨所']]],
    ['他们在第12观测站换岗', [['第12观测站', 'Place', '第十二观测站']]], // the number in Chinese numerals
    ['附近的哨所和观测站', []] // no number: any post
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
