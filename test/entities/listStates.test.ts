import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {listStates} from '../../src/entities/rules/listStates.js'

// Made-up résumé lines: each body stands where its name is written; the last is the bare one asked about.
function stateOfLast(text: string, names: string[]): string | undefined {
  let from = 0
  const mentions = names.map((name): Candidate => {
    const at = text.indexOf(name, from)
    from = at + name.length
    return {start: at, end: at + [...name].length, type: 'GovernmentOrganization', name, source: 'rule'}
  })
  return listStates(mentions, foldedCharacters(text))(mentions.at(-1)!.start)
}

describe('the state of the list of posts a bare body stands in', () => {
  it.each([
    ['曾任蒙古人民党中央委员、蒙古国防委员会委员、国家体育委员会委员长', ['蒙古人民党', '蒙古国防委员会', '国家体育委员会'], '蒙古'],
    // Two states in the list: none.
    ['曾任蒙古国防委员会委员、越南国防委员会顾问、国家体育委员会委员长', ['蒙古国防委员会', '越南国防委员会', '国家体育委员会'], undefined],
    // No list: the rule says nothing (the sentence's own rules do).
    ['蒙古国防委员会成立后，国家体育委员会也成立', ['蒙古国防委员会', '国家体育委员会'], undefined],
    // Another clause's bodies are no part of the list.
    ['他曾在蒙古国防委员会任职，后任国家体育委员会委员长、国家计划委员会委员', ['蒙古国防委员会', '国家计划委员会'], undefined]
  ])('%s', (text, names, state) => expect(stateOfLast(text, names)).toBe(state))
})
