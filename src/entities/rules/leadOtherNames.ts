import {codePointIndex} from '../../core/codePoints.js'
import {leadNameWords} from '../vocabulary/aliasWords.js'
import type {Candidate} from './candidate.js'

/** The longest lead sentence read: a biography's other names come in its first clauses. */
const longestLead = 300
/** After a clause's start, the word that gives another name, then the names (`字甲`, `别名乙、丙`), each maybe with a bracket of its own (`号甲（…）`). */
const otherNames = new RegExp(
  `(?<=[，,；;）)]\\s*)(?:${[...leadNameWords.words].sort((a, b) => b.length - a.length).join('|')})(?:为|是)?[：:]?((?:[\\p{Script=Han}]{2,4}(?:[（(][^（()）]{0,20}[)）])?(?:、|或)?)+)(?=[，,；;。）)\\s]|$)`,
  'gu'
)
const item = /([\p{Script=Han}]{2,4})(?:[（(][^（()）]{0,20}[)）])?/gu

/**
 * The other names a person's page gives its person in its lead sentence
 * (`某某，某地人，字甲，号乙，原名丙，别名丁、戊，化名己`): each names the
 * page's person (`vocabulary/aliasWords.ts` `leadNameWords`). Only on a page
 * about a person, only in the first sentence, and only right after a
 * clause's start, where such a word cannot be part of another word.
 */
export function leadOtherNames(folded: string[], pagePerson: string | undefined): Candidate[] {
  if (!pagePerson) return []
  const text = folded.join('')
  // The lead is the first paragraph, after a heading line that is the title alone.
  const heading = new RegExp(`^\\s*${pagePerson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\n\\s*`, 'u').exec(text)
  const begin = heading ? heading[0].length : 0
  const end = Math.min(begin + longestLead, ...['。', '\n'].map((mark) => text.indexOf(mark, begin + 1)).filter((index) => index > 0))
  const lead = text.slice(begin, end)
  if (!lead.trimStart().startsWith(pagePerson)) return []
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const match of lead.matchAll(otherNames)) {
    const listStart = begin + match.index + match[0].length - match[1]!.length
    for (const one of match[1]!.matchAll(item)) {
      const start = listStart + one.index
      found.push({start: at(start), end: at(start + one[1]!.length), type: 'Person', name: pagePerson, source: 'document'})
    }
  }
  return found
}
