import {countryName, countryNames} from '../typing/known.js'
import type {Candidate} from './candidate.js'

/** How far back a sentence is read for its state: a bound, so a long line costs the same per body. */
const reach = 80
/** The ends of a sentence or of a clause of its own, small forms included (`﹔` divides the sides of a list of delegates). */
const sentenceEnd = /[。！？!?；;﹔﹖﹗\n]/u
/** Prepositions and verbs of going before a place or an object (`在`, `驻`, `访问`'s `问`). */
const preposition = /[在于驻赴到往向对与同和跟从自访问及、]/u
let sortedPrefixes: string[] | undefined
/** States' names, longest first: sorted once. */
const prefixes = () => (sortedPrefixes ??= countryNames().sort((a, b) => b.length - a.length))

/**
 * The state a mention stands for or belongs to: a state (`朝方` → `朝鲜`), or
 * a body or party whose name starts with one (`美国民主党` → `美国`); people
 * and places belong to none here.
 */
export function stateOfMention(mention: Candidate, keys: string[] = prefixes()): string | undefined {
  if (mention.type === 'Country') return countryName(mention.name) ?? mention.name
  if (mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') return undefined
  const key = keys.find((state) => mention.name.startsWith(state))
  return key ? countryName(key) : undefined
}

/** Before a body in a slot of its sentence's subject: a place, an office taken (`任`, `为`) or held before (`前`, `原`), a list. */
const slot = /[在于、任为及和与兼至前原]/u
/** Between the items of a list (`美国国务院、国会`, `某党中央委员会和政务院`). */
const listGap = /^[、和与及]$/u
/** How many items back a list is read for its state. */
const listReach = 6

/**
 * The state a bare body's sentence gives it, before an offset: the state of
 * the list it ends (`美国国务院、国会` → `美国`); else the sentence's subject,
 * its first mention, when that is a state or a state's body
 * (`美国民主党赢得选举，在参议院…` → `美国`; `中方团长、外交部副部长` → `中国`).
 * A mention after a preposition is a place or an object, not the subject
 * (`在某国举行…`, `驻某国大使`); a body that starts a clause is a subject of
 * its own (`某国代表抵达后外交部表示`): neither gives a state. On a page about a person (`pagePerson`), a
 * sentence with no mention before the body or whose subject is that person
 * (`1995年任外交部部长助理`) gives the state the lead names most
 * (`某某，某国外交官`; `leadState`). `mentions` are sorted by start.
 */
export function sentenceStates(mentions: Candidate[], folded: string[], pagePerson?: string): (offset: number) => string | undefined {
  const keys = prefixes()
  const starts = mentions.map((mention) => mention.start)
  const firstFrom = (offset: number) => {
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  const gap = (from: number, to: number) => folded.slice(from, to).join('')
  const leadEnd = folded.indexOf('。')
  const pageState = pagePerson ? leadState(mentions.filter((mention) => leadEnd < 0 || mention.end <= leadEnd).flatMap((mention) => stateOfMention(mention, keys) ?? [])) : undefined
  return (offset) => {
    // The list the body ends, read back item by item.
    let index = firstFrom(offset) - 1
    for (let item = 0, at = offset; item < listReach && index >= 0 && listGap.test(gap(mentions[index]!.end, at)); item++, index--) {
      const state = stateOfMention(mentions[index]!, keys)
      if (state) return state
      at = mentions[index]!.start
    }
    let from = offset
    while (from > 0 && offset - from < reach && !sentenceEnd.test(folded[from - 1]!)) from--
    const subject = mentions[firstFrom(from)]
    if (!subject || subject.start >= offset) return pageState
    // The body is the subject's only in a place, office or list slot (`在参议院`, `任外交部…`, `、外交部`), not as a subject of its own.
    if (subject.end > offset || preposition.test(folded[subject.start - 1] ?? '') || !slot.test(folded[offset - 1] ?? '')) return undefined
    if (subject.type === 'Person') return subject.name === pagePerson ? pageState : undefined
    return stateOfMention(subject, keys)
  }
}

/**
 * The state of a page's person: the one its lead names most, the first of
 * those named as often. A place of birth (`出生于某国某地`) or a note on a
 * translation (`某国译作…`) comes first in a lead but is named once; the
 * person's posts name their state with each body.
 */
export function leadState(states: string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1)
  let best: string | undefined
  for (const [state, count] of counts) if (best === undefined || count > counts.get(best)!) best = state
  return best
}
