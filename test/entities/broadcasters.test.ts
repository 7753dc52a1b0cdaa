import {describe, expect, it} from 'vitest'
import {broadcasterCandidates} from '../../src/entities/rules/broadcasters.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(broadcasterCandidates, text).map((candidate) => [candidate.surface, candidate.name, candidate.type])

describe('a broadcaster by its suffix', () => {
  it.each([
    ['据草原卫视报道', [['草原卫视', '草原卫视', 'Organization']]],
    ['香港星河衛視的節目', [['星河卫视', '星河卫视', 'Organization']]], // a city before it is a mention of its own
    ['该卫视报道', []], // a determiner
    ['各家卫视转播', []],
    ['卫视频道', []] // no name before the suffix
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
