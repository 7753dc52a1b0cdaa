import {codePointIndex} from '../../core/codePoints.js'
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
export function listedPeople(folded: string[], found: Candidate[]): Candidate[] {
  const text = folded.join('')
  const at = codePointIndex(text)
  const heads = [...text.matchAll(line)].map((match) => ({start: at(match.index), end: at(match.index + match[1]!.length), name: match[1]!}))
  if (heads.length < 3) return []
  const isPerson = (head: {start: number; end: number}) => found.some((candidate) => candidate.type === 'Person' && candidate.start === head.start && candidate.end === head.end)
  if (heads.filter(isPerson).length * 2 < heads.length) return []
  return heads
    .filter((head) => !isPerson(head) && !found.some((candidate) => candidate.start < head.end && head.start < candidate.end))
    .filter((head) => surnameOf(head.name) !== undefined && [...head.name].length === 3 && isSurname([...head.name][0]!))
    .map((head) => ({start: head.start, end: head.end, type: 'Person' as const, name: head.name, source: 'rule' as const}))
}
