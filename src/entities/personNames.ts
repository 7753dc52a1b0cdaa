import {codePointIndex} from '../core/codePoints.js'
import type {Lexicon} from './buildLexicon.js'
import type {EntityMention} from './entityTypes.js'
import type {Candidate} from './rules/candidate.js'
import {titles} from './rules/candidate.js'
import {singleSurnames} from './vocabulary/surnames.js'
import {stateAbbreviations} from './vocabulary/states.js'

/**
 * `金委员长`: a surname and an office stand for the one person of the
 * document with that surname, or, among several, the one the document names
 * with that very office.
 */
export function surnameWithTitle(folded: string[], people: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  // `韩总统`, `朝代表`: a state's one-character name before an office is the state, not a surname.
  const pattern = new RegExp(`(${singleSurnames.filter((surname) => !stateAbbreviations.includes(surname)).join('|')})(${titles.join('|')})`, 'gu')
  const at = codePointIndex(text)
  // The person a surname and an office stand for depends on those two only: found once per pair
  // (a search of the whole text per match was quadratic in its length).
  const personOf = new Map<string, string | undefined>()
  const peopleByFirst = indexBy(
    people.filter((name) => !name.includes('·')),
    (name) => [name[0]!]
  )
  const find = (surname: string, office: string) => {
    let fitting = [...new Set((peopleByFirst.get(surname[0]!) ?? []).filter((name) => name.startsWith(surname)))]
    if (fitting.length > 1) fitting = fitting.filter((name) => text.includes(`${name}${office}`) || text.includes(`${office}${name}`))
    return fitting.length === 1 ? fitting[0] : undefined
  }
  for (const match of text.matchAll(pattern)) {
    const key = `${match[1]}\u0000${match[2]}`
    if (!personOf.has(key)) personOf.set(key, find(match[1]!, match[2]!))
    const person = personOf.get(key)
    if (person === undefined) continue
    const start = at(match.index)
    found.push({start, end: at(match.index + match[0].length), type: 'Person', name: person, source: 'document'})
  }
  return found
}

/**
 * A person's short name (`凯利`, `希尔`) takes the one full name of the
 * document it ends, or starts when long enough; without one in the document,
 * the one person of the batch's linked pages whose name it ends.
 */
export function resolveShortNames(mentions: EntityMention[], lexicon: Lexicon): void {
  const fullNames = [...new Set(mentions.filter((mention) => mention.type === 'Person' && mention.name.includes('·')).map((mention) => mention.name))]
  const linkedPeople = [...new Set([...lexicon.values()].filter((entry) => entry.type === 'Person' && entry.name.includes('·')).map((entry) => entry.name))]
  // Full names indexed by their parts once: a filter of all full names per short name grew with the square of the text.
  const byLastPart = indexBy(fullNames, lastParts)
  const byFirstPart = indexBy(fullNames, (name) => [name.slice(0, name.indexOf('·'))])
  const linkedByLastPart = indexBy(linkedPeople, lastParts)
  // The full name depends on the short name only: found once per name, not once per mention.
  const fullNameOf = new Map<string, string | undefined>()
  const find = (short: string) => {
    // The last part (`凯利`), after a dot or the hyphen of a double name (`某某·某某-加利`), or a first part of three characters at least (`阿末扎希` of `阿末扎希·哈米迪`).
    let fitting = byLastPart.get(short) ?? []
    if (fitting.length === 0 && [...short].length >= 3) fitting = byFirstPart.get(short) ?? []
    if (fitting.length === 0) fitting = linkedByLastPart.get(short) ?? []
    return fitting.length === 1 ? fitting[0] : undefined
  }
  for (const mention of mentions) {
    if (mention.type !== 'Person' || mention.name.includes('·')) continue
    if (!fullNameOf.has(mention.name)) fullNameOf.set(mention.name, find(mention.name))
    const full = fullNameOf.get(mention.name)
    if (full !== undefined) mention.name = full
  }
}

/** What a short name (never holding `·`) may be the end of: the last part after `·`, and each end after a hyphen in it (`某某-加利` → `加利`). */
function lastParts(name: string): string[] {
  const last = name.slice(name.lastIndexOf('·') + 1)
  const parts = [last]
  for (let hyphen = last.indexOf('-'); hyphen !== -1; hyphen = last.indexOf('-', hyphen + 1)) parts.push(last.slice(hyphen + 1))
  return parts
}

/** Names by each key they give, each name once per key, in their order. */
function indexBy(names: string[], keys: (name: string) => string[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const name of names) {
    for (const key of new Set(keys(name))) {
      const named = index.get(key)
      if (named) named.push(name)
      else index.set(key, [name])
    }
  }
  return index
}
