import {alternation, longestFirst} from '../../core/alternation.js'
import type {EntityMention, EntityType} from '../entityTypes.js'
import {isCommonWord} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {bareBodies, subBodyHeads} from '../vocabulary/bodies.js'
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

const bodiesWithUnits = longestFirst(bareBodies.map((body) => body.name))
const unitEnd = new RegExp(`(${alternation(subBodyHeads.heads)})$`, 'u')

/** A unit named without the body above it (`某某司` of `某国外交部某某司`), three characters at least. */
export function unitAlone(name: string): string | undefined {
  for (const body of bodiesWithUnits) {
    const at = name.indexOf(body)
    if (at < 0) continue
    const unit = name.slice(at + body.length)
    return [...unit].length >= 3 && unitEnd.test(unit) ? unit : undefined
  }
  return undefined
}

/**
 * A unit named alone (`某某司`) is the one unit of that name the document
 * names in full below its body (`某国外交部某某司`); with two such units (two
 * states' `亚洲司`) it stays as it is. In place.
 */
export function resolveUnitsAlone(mentions: EntityMention[]): void {
  const fullNames = new Map<string, Set<string>>()
  for (const mention of mentions) {
    const unit = mention.type === 'GovernmentOrganization' ? unitAlone(mention.name) : undefined
    if (unit) fullNames.set(unit, (fullNames.get(unit) ?? new Set()).add(mention.name))
  }
  for (const mention of mentions) {
    const full = fullNames.get(mention.name)
    if (full?.size === 1 && (mention.type === 'GovernmentOrganization' || mention.type === 'Organization')) {
      mention.name = [...full][0]!
      mention.type = 'GovernmentOrganization'
    }
  }
}
