import type {EntityType} from '../entityTypes.js'
import {isCommonWord} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {isOffice} from '../vocabulary/offices.js'
import {isBareBody} from './bareBodies.js'
import type {Candidate} from './candidate.js'

/** What a body's full name may start with and its short name leave out: a state (`朝鲜劳动党` → `劳动党`) or `国际` (`国际原子能机构`). */
function withoutQualifier(name: string): string | undefined {
  const characters = [...name]
  for (let length = Math.min(11, characters.length - 3); length >= 2; length--) {
    const start = characters.slice(0, length).join('')
    if (countryName(start) || start === '国际') return characters.slice(length).join('')
  }
  return undefined
}

/**
 * Short names of the bodies a document names in full (`劳动党` after
 * `朝鲜劳动党`, `原子能机构` after `国际原子能机构`): the full name without its
 * state or `国际`, three characters at least, that is itself a body's name —
 * not a body any state has (`外交部`, `国会`: `rules/bareBodies.ts`), an office
 * or a common word. Surface → the body.
 */
export function shortBodyNames(candidates: Candidate[], folded: string[]): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  for (const candidate of candidates) {
    if (candidate.type !== 'Organization' && candidate.type !== 'GovernmentOrganization') continue
    for (const full of new Set([folded.slice(candidate.start, candidate.end).join(''), candidate.name])) {
      const short = withoutQualifier(full)
      if (!short || isBareBody(short) || isOffice(short) || isCommonWord(short) || names.has(short)) continue
      const typing = typeOfName(short)
      if (typing && typing.type !== 'Organization' && typing.type !== 'GovernmentOrganization') continue
      names.set(short, {type: candidate.type, name: candidate.name})
    }
  }
  return names
}
