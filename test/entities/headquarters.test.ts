import {describe, expect, it} from 'vitest'
import {headquartersCandidates} from '../../src/entities/rules/headquarters.js'
import {ruleFound} from '../helpers/ruleFound.js'

// Made-up sentences, never the seeds' or the gold's.
const run = (text: string) => ruleFound(headquartersCandidates, text).map((candidate) => [candidate.surface, candidate.type, candidate.name])

describe('a known body’s headquarters is a place', () => {
  it.each([
    ['代表团来到联合国总部参加会议', [['联合国总部', 'Place', '联合国总部']]],
    ['他在联合国日内瓦总部发言', [['联合国日内瓦总部', 'Place', '联合国总部']]], // the city left out of the name
    ['双方在勞動黨總部大樓会面', [['劳动党总部大楼', 'Place', '朝鲜劳动党总部大楼']]], // the body by its full name, 大楼 as written
    ['联合国总部位于纽约', []], // where the body sits: the body is meant
    ['某某协会总部很小', []] // a body the vocabulary does not know
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
