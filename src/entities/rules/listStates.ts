import {firstAtLeast} from '../../core/sortedSearch.js'
import type {Candidate} from './candidate.js'
import {stateOfMention} from './sentenceStates.js'

/** What ends a list of posts: a sentence, a clause or a line. */
const listEnd = /[。！？；;，,!?\n]/u

/**
 * The state of the list of posts a body stands in (`某国甲委员会委员、某国乙部部长、
 * 丙委员会委员长`): the one state the list's other bodies are named with, a
 * résumé's list being one state's career. A list whose bodies name two states,
 * or none, gives no state. `mentions` are sorted by start; offset → state.
 */
export function listStates(mentions: Candidate[], folded: string[]): (offset: number) => string | undefined {
  const ends = folded.flatMap((character, index) => (listEnd.test(character) ? [index] : []))
  const bodies = mentions.filter((mention) => mention.type === 'GovernmentOrganization' || mention.type === 'Organization')
  return (offset) => {
    const after = firstAtLeast(ends.length, (index) => ends[index]!, offset)
    const start = after === 0 ? 0 : ends[after - 1]! + 1
    const end = ends[after] ?? folded.length
    // Only a list: the body is one item among others joined by `、`.
    if (!folded.slice(start, end).includes('、')) return undefined
    const states = new Set(bodies.filter((body) => body.start >= start && body.end <= end && body.start !== offset).flatMap((body) => stateOfMention(body) ?? []))
    return states.size === 1 ? [...states][0] : undefined
  }
}
