import {describe, expect, it} from 'vitest'
import {namedBy} from '../helpers/ruleFound.js'
import {pairBodies} from '../../src/entities/rules/pairBodies.js'

// Made-up sentences: bodies of two states' people named after the pair.
const bodiesIn = (text: string) => namedBy(pairBodies, text)

describe("a body of two states' people named after the pair", () => {
  it.each([
    ['他任国会 韩俄议员联盟 会长', [['韩俄议员联盟', '韩俄议员联盟']]],
    ['访问了越中友好协会', [['越中友好协会', '越中友好协会']]],
    ['韩美联盟更加牢固', []], // an alliance of states, no body
    ['韩韩议员联盟', []] // no pair
  ])('%s', (text, expected) => expect(bodiesIn(text)).toEqual(expected))
})
