import {describe, expect, it} from 'vitest'
import {plenumCandidates} from '../../src/entities/rules/plenums.js'
import {ruleFound} from '../helpers/ruleFound.js'

const run = (text: string) => ruleFound(plenumCandidates, text).map((candidate) => [candidate.surface, candidate.name])

describe('a plenum of a party’s central committee by its short name', () => {
  it.each([
    ['在劳动党七届三中全会上', [['劳动党七届三中全会', '朝鲜劳动党第七届中央委员会第三次全体会议']]],
    ['中共二十届二中全会召开', [['中共二十届二中全会', '中国共产党第二十届中央委员会第二次全体会议']]],
    ['朝鲜劳动党第五届十二中全会', [['朝鲜劳动党第五届十二中全会', '朝鲜劳动党第五届中央委员会第十二次全体会议']]], // a count of two characters
    // The party not written before it: the one party the document names.
    ['他是朝鲜劳动党党员。1985年党的六届十二中全会上当选', [['六届十二中全会', '朝鲜劳动党第六届中央委员会第十二次全体会议']]],
    ['1985年党的六届十二中全会上当选', []], // no party named: left to the session rules
    ['朝鲜劳动党与中国共产党会谈。党的六届十二中全会', []] // two parties
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected))
})
