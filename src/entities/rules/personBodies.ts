import {alternation} from '../../core/alternation.js'
import {bodiesAfterPerson} from '../vocabulary/namedAfter.js'
import type {Candidate} from './candidate.js'

const heads = new RegExp(`^(?:${alternation(bodiesAfterPerson.heads.map((entry) => entry.head))})`, 'u')
const typeOf = new Map(bodiesAfterPerson.heads.map((entry) => [entry.head, entry.type]))
const longestHead = Math.max(...bodiesAfterPerson.heads.map((entry) => [...entry.head].length))
/** `第一次`, `第2次`: the count of a body a person headed several times, just before the person. */
const count = /第[0-9一二三四五六七八九十]{1,3}次$/u

/**
 * A body named after a person the document names (`某某治丧委员会`,
 * `第二次某某内阁`): the whole span is the body — the longest name — named
 * with the person's name as the document gives it, not a mention of the
 * person (`vocabulary/namedAfter.ts` `bodiesAfterPerson`).
 */
export function bodiesAfterPeople(settled: readonly Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const person of settled) {
    if (person.type !== 'Person') continue
    const head = heads.exec(folded.slice(person.end, person.end + longestHead).join(''))?.[0]
    if (!head) continue
    const before = count.exec(folded.slice(Math.max(0, person.start - 6), person.start).join(''))?.[0] ?? ''
    const start = person.start - [...before].length
    found.push({start, end: person.end + [...head].length, type: typeOf.get(head)!, name: `${before}${person.name}${head}`, source: 'rule'})
  }
  return found
}
