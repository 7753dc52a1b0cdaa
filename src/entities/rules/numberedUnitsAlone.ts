import {alternation} from '../../core/alternation.js'
import {unitKinds} from '../vocabulary/units.js'
import {unitName} from './armyUnits.js'
import type {Candidate} from './candidate.js'

/**
 * The units a text names alone, without the units above them: armies, corps and divisions. A regiment,
 * a battalion or a company alone is mostly the next link of a chain (`第1营第1连`), another unit's.
 */
const standingAlone = unitKinds.kinds.filter((kind) => /[军师]/u.test(kind))
/** A unit by its number without its army: `第七军`, `第3路军`, `三路军` (a 路军 needs no 第). */
const unitAlone = new RegExp(`第[0-9一二三四五六七八九十]{1,3}(?:${alternation(standingAlone)})|[一二三四五六七八九十]{1,2}路军`, 'gu')
/** Where a unit's name goes on into a word (`第七军事` is no corps, `第三师师长` ends at `师`). */
const wordAfter = /^(?:事|区|籍|费|方|民|属)/u

/**
 * A unit written by its number alone (`第七军`, `三路军`) is the one unit of
 * that number the document names after its army (`某某联军第七军`): it takes
 * that name. Units are counted the same way on both sides (`三路军` and
 * `第3路军` are `第三路军`); with no such unit, or with two armies' units of
 * that number, it stays unnamed.
 */
export function numberedUnitsAlone(folded: string[], bodies: Candidate[]): Candidate[] {
  const fullNames = new Map<string, Set<string>>()
  for (const body of bodies) {
    if (body.type !== 'Organization' && body.type !== 'GovernmentOrganization') continue
    const last = /(?:第[^第]+)$/u.exec(body.name)?.[0]
    if (last && body.name.length > last.length) fullNames.set(last, (fullNames.get(last) ?? new Set()).add(body.name))
  }
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(unitAlone)) {
    const names = fullNames.get(unitName(match[0]))
    if (names?.size !== 1 || wordAfter.test(text.slice(match.index + match[0].length))) continue
    const start = [...text.slice(0, match.index)].length
    found.push({start, end: start + [...match[0]].length, type: 'GovernmentOrganization', name: [...names][0]!, source: 'rule'})
  }
  return found
}
