import {alternation} from '../../core/alternation.js'
import {codePointIndex} from '../../core/codePoints.js'
import type {EntityType} from '../entityTypes.js'
import type {TokenLookup} from '../tokenLookup.js'
import {aliasFormsOf} from '../identity.js'
import {nicknameHeads} from '../vocabulary/events.js'
import type {Candidate} from './candidate.js'

// Longest first: `会谈` must not be read as `会` with `谈` left over.
const heads = alternation(nicknameHeads.words)
/** Two characters, then the meeting (a zero-width look so that every position is tried). */
const shaped = new RegExp(`(?=(\\p{Script=Han})(\\p{Script=Han})(${heads}))`, 'gu')
const wholeShape = new RegExp(`^(\\p{Script=Han})(\\p{Script=Han})(?:${heads})$`, 'u')

/** A person's written forms: the document's, the alias table's (`川普` of `唐纳德·特朗普`), the last part of a `·` name. */
function formsOf(surface: string, name: string): string[] {
  const forms = [surface, name, ...aliasFormsOf(name)].filter((form) => /^\p{Script=Han}/u.test(form))
  return [...forms, ...forms.map((form) => form.split('·').at(-1)!)]
}

/** Initial → the people the document names whose written form starts with it (`金` → `金甲`, `金乙`). */
export function leaderInitials(people: Array<{surface: string; name: string}>): Map<string, Set<string>> {
  const initials = new Map<string, Set<string>>()
  for (const {surface, name} of people) {
    for (const form of formsOf(surface, name)) {
      if ([...form].length < 2) continue
      const initial = [...form][0]!
      if (!initials.has(initial)) initials.set(initial, new Set())
      initials.get(initial)!.add(name)
    }
  }
  return initials
}

/** Tags of words that are no ordinary word (unknown, names, abbreviations): a nickname may be one. */
const nameLike = /^(x|nr|nrt|nrfg|nz|j|eng)$/

/**
 * The nickname is words of its own: its first initial starts a word, which is
 * no ordinary word over both initials (`基金会`), and a bare `会` is not joined
 * to what follows (`会见`, `会议`).
 */
function standsAlone(words: TokenLookup, start: number, end: number, head: string): boolean {
  const first = words.at(start)
  if (first && (first.start < start || (first.end >= start + 2 && !nameLike.test(first.tag)))) return false
  const last = words.at(end - 1)
  return !(head === '会' && last !== undefined && last.end > end)
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((name) => b.has(name))

/**
 * Summits named after their leaders (`甲乙会`, `甲乙会谈`, `甲乙首脑会谈`):
 * one character of each of two people the document names (their initial in
 * any written form the text or the alias table gives) before a meeting
 * (`vocabulary/events.ts` `nicknameHeads`). The two are different people, and
 * the nickname is words of its own (`standsAlone`). The event is the one the page names
 * by a nickname of the same two leaders (`defined`: the subject's other
 * names its lead gives, `rules/leadNames.ts`); a nickname tied to no event
 * is named by itself.
 */
export function leaderNicknameCandidates(folded: string[], people: Array<{surface: string; name: string}>, defined: Map<string, {type: EntityType; name: string}>, words: TokenLookup): Candidate[] {
  const initials = leaderInitials(people)
  const leadersOf = (a: string, b: string): [Set<string>, Set<string>] | undefined => {
    const [first, second] = [initials.get(a), initials.get(b)]
    return first && second && !(first.size === 1 && second.size === 1 && meets(first, second)) ? [first, second] : undefined
  }
  const tied = [...defined].flatMap(([surface, typing]) => {
    const shape = wholeShape.exec(surface)
    const leaders = shape ? leadersOf(shape[1]!, shape[2]!) : undefined
    return leaders && typing.type === 'Event' ? [{leaders, name: typing.name}] : []
  })
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const match of text.matchAll(shaped)) {
    const [, a, b, head] = match
    const leaders = a !== b ? leadersOf(a!, b!) : undefined
    if (!leaders) continue
    const start = at(match.index)
    const end = start + 2 + [...head!].length
    if (!standsAlone(words, start, end, head!)) continue
    const event = tied.find((tie) => (meets(tie.leaders[0], leaders[0]) && meets(tie.leaders[1], leaders[1])) || (meets(tie.leaders[0], leaders[1]) && meets(tie.leaders[1], leaders[0])))
    found.push({start, end, type: 'Event', name: event?.name ?? `${a}${b}${head}`, source: 'rule'})
  }
  return found
}
