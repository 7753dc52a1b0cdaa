import {codePointIndex} from '../../core/codePoints.js'
import {firstAtLeast} from '../../core/sortedSearch.js'
import {isSurname, surnameOf} from '../vocabulary/surnames.js'
import type {Candidate} from './candidate.js'

/** `某某某：某部次长`: a list line that starts with a name and a colon. */
const line = /(?<=^|\n)([\p{Script=Han}]{2,4})[：:]/gu

/**
 * People listed one per line before a colon (`某某某：某部次长`): when most
 * heads of such a list are people the rules found, every other head shaped
 * like a name (a known surname and one or two characters) is a person too.
 * Three lines at least; a list of places or bodies has few people.
 */
export function listedPeople(folded: string[], found: readonly Candidate[]): Candidate[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const heads = [...text.matchAll(line)].map((match) => ({start: at(match.index), end: at(match.index + match[1]!.length), name: match[1]!}))
  if (heads.length < 3) return []
  // `found` is settled (in text order, disjoint): a set and a binary search per head, not scans of all candidates.
  const people = new Set(found.filter((candidate) => candidate.type === 'Person').map((candidate) => `${candidate.start}:${candidate.end}`))
  const isPerson = (head: {start: number; end: number}) => people.has(`${head.start}:${head.end}`)
  const overlapsFound = (head: {start: number; end: number}) => {
    const next = found[firstAtLeast(found.length, (index) => found[index]!.end, head.start + 1)]
    return next !== undefined && next.start < head.end
  }
  if (heads.filter(isPerson).length * 2 < heads.length) return []
  return heads
    .filter((head) => !isPerson(head) && !overlapsFound(head))
    .filter((head) => surnameOf(head.name) !== undefined && [...head.name].length === 3 && isSurname([...head.name][0]!))
    .map((head) => ({start: head.start, end: head.end, type: 'Person' as const, name: head.name, source: 'rule' as const}))
}
