import {alternation, longestFirst} from '../../core/alternation.js'
import {countryName} from '../typeOfName.js'
import {bareBodies, bareBodyShortForms} from '../vocabulary/bodies.js'
import {headTitleEnds} from '../vocabulary/offices.js'
import type {Token} from '../jieba.js'
import {type Candidate, type Emitter, emitter} from './candidate.js'

const bodies = new RegExp(alternation(longestFirst([...new Set(bareBodies.map((body) => body.name))])), 'gu')
const titleEnd = new RegExp(`^(?:${alternation(longestFirst(headTitleEnds.words))})`, 'u')
/** A state's name is a few letters (`朝鲜`, `中华人民共和国`). */
const longestState = 9
/** `内阁总理大臣` is the title of one state's head, not its cabinet's. */
const longerTitle = /^大臣/u
/** `外务相（外交部长）`: a gloss of a post in brackets translates it and names no body of its own. */
const gloss = /(?:相|长|理)[（(]$/u

/**
 * A body inside the title of its head, written as one word (`外交部长`,
 * `内阁总理`, `政务院副总理`, `外务省副相`): the body is a mention of its own,
 * without its state — it takes the state the document gives it as other bare
 * bodies do (`qualifyBareBodies`), and is left out without one. A state just
 * before it (`某国外交部长`) is the mention there, not the body; a gloss of
 * another post in brackets (`外务相（外交部长）`) names no body.
 */
export function titledBodyCandidates(out: Emitter): void {
  const {text, at, starts, ends, found} = out
  for (const match of text.matchAll(bodies)) {
    const start = at(match.index)
    if (!starts.has(start)) continue
    const after = match.index + match[0].length
    const title = titleEnd.exec(text.slice(after))
    if (!title || !ends.has(at(after + title[0].length)) || longerTitle.test(text.slice(after + title[0].length))) continue
    const before = text.slice(Math.max(0, match.index - longestState), match.index)
    if (gloss.test(before) || afterState(before)) continue
    found.push({start, end: at(after), type: 'GovernmentOrganization', name: bareBodyShortForms[match[0]] ?? match[0], source: 'rule'})
  }
}

/**
 * The bodies inside titles where no other rule read a name (a list of a
 * delegation names its members' bodies with the list's state: `rules/delegationLists.ts`).
 */
export function titledBodiesAfter(settled: readonly Candidate[], folded: string[], tokens: Token[]): Candidate[] {
  const taken = new Uint8Array(folded.length + 1)
  for (const candidate of settled) taken.fill(1, candidate.start, candidate.end)
  const out = emitter(folded, tokens)
  titledBodyCandidates(out)
  return out.found.filter((candidate) => !taken.subarray(candidate.start, candidate.end).includes(1))
}

/** Whether the letters end with a state's name. */
function afterState(before: string): boolean {
  const letters = [...before]
  for (let length = 1; length <= letters.length; length++) if (countryName(letters.slice(letters.length - length).join(''))) return true
  return false
}
