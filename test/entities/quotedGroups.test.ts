import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import {quotedGroups} from '../../src/entities/rules/quotedGroups.js'

// Made-up sentences: a group's quoted name after the kind of group it is.
const groupsIn = (text: string) => [...quotedGroups(foldedCharacters(text))].map(([surface, typing]) => [surface, typing.name])

describe("a group's quoted name after its kind", () => {
  it.each([
    ['同期生成立秘密组织“青松会”，他任会长', [['青松会', '青松会']]],
    ['执政党“东山系”进一步衰落', [['东山系', '东山系']]],
    ['政党「白水派」', [['白水派', '白水派']]],
    ['他们组织“百万人签名”', []], // the verb 组织: a phrase, no group's end
    ['秘密组织“我们的会”', []], // a phrase
    ['他说“青松会”', []] // no kind before the quotes
  ])('%s', (text, expected) => expect(groupsIn(text)).toEqual(expected))
})
