import {alternation} from '../../core/alternation.js'
import {pairLetters, stateForces} from '../vocabulary/forces.js'
import type {Emitter} from './candidate.js'

const forces = new RegExp(alternation(stateForces.forces.map((force) => force.short)), 'gu')
const fullName = new Map(stateForces.forces.map((force) => [force.short, force.name]))
const pairLetter = new Set(pairLetters.letters)
/** `军事`, `军方`, `军队`: `军` starts another word there (`某国军事`, `某国军方` is the state's side). */
const wordAfter = /^[事方队区官人衔籍]/u

/**
 * A state's armed forces by its one-letter name (`韩军`, `朝军`; `vocabulary/forces.ts`),
 * named with the force's full name — not inside a pair of states (`朝韩|军事`)
 * nor before a word that starts with `军` (`韩|军方`).
 */
export function stateForceCandidates(out: Emitter): void {
  const {text, at, found} = out
  for (const match of text.matchAll(forces)) {
    const after = text.slice(match.index + match[0].length)
    if (pairLetter.has(text[match.index - 1] ?? '') || wordAfter.test(after)) continue
    found.push({start: at(match.index), end: at(match.index + match[0].length), type: 'GovernmentOrganization', name: fullName.get(match[0])!, source: 'rule'})
  }
}
