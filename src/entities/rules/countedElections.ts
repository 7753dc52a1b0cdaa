import {alternation} from '../../core/alternation.js'
import {countryName} from '../typing/known.js'
import {countedElections} from '../vocabulary/elections.js'
import type {Candidate} from './candidate.js'

const count = '[0-9一二三四五六七八九十]{1,3}'
/** `第13届总统选举`, `第十四届国会议员选举`, `第16次总选`, and a state's `国会选举` (checked for its state below). */
const election = new RegExp(`第${count}[届次](?:${alternation(countedElections.heads)})|(?:${alternation(countedElections.uncounted)})`, 'gu')
/** `从第16次到第19次总选`: a range of elections names none of them. */
const rangeAfter = /^到第/u
const rangeBefore = /[到至~]$/u
/** The year of the clause before the election (`1988年4月26日举行的…`): no sentence's end between them. */
const clauseYear = /([0-9]{4})\s?年(?![^。；\n]*[0-9]{4}\s?年)[^。；\n]*$/u
/** How far back a clause's year is read. */
const yearReach = 24
/** What a state's election elects, as zhwiki titles its elections (`1988年韩国国会议员选举`). */
const electedBody = (head: string) => (head.startsWith('总统') ? '总统选举' : '国会议员选举')

/**
 * A state's national election by its count (`第13届总统选举`, `第16次总选`),
 * or its legislature's after the state (`某国国会选举`): one event, named as
 * the text writes it, with the state written just before it (`某国第13届国会
 * 议员选举`). After its state, in a clause that gives a year, it is named as
 * zhwiki titles a state's elections (`1988年某国国会议员选举`); the year is
 * never read from the count: a count is no date. Without a count, only after a
 * state: `国会选举` alone is any of them.
 */
export function countedElectionCandidates(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(election)) {
    const counted = match[0].startsWith('第')
    if (counted && (rangeAfter.test(text.slice(match.index + match[0].length)) || rangeBefore.test(text.slice(0, match.index)))) continue
    const state = [4, 3, 2].map((length) => text.slice(Math.max(0, match.index - length), match.index)).find((before) => [...before].length >= 2 && countryName(before) !== undefined)
    if (!counted && !state) continue
    const surface = `${state ?? ''}${match[0]}`
    const start = [...text.slice(0, match.index - (state?.length ?? 0))].length
    // After its state and in a clause that gives its year, named as zhwiki titles a state's elections.
    const year = state ? clauseYear.exec(text.slice(Math.max(0, match.index - state.length - yearReach), match.index - state.length))?.[1] : undefined
    const name = year ? `${year}年${countryName(state!)}${electedBody(match[0].replace(/^第[^届次]+[届次]/u, ''))}` : surface
    found.push({start, end: start + [...surface].length, type: 'Event', name, source: 'rule'})
  }
  return found
}
