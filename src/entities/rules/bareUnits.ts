import {alternation} from '../../core/alternation.js'
import {unitKinds} from '../vocabulary/units.js'
import type {Candidate} from './candidate.js'

const count = '[0-9一二三四五六七八九十]{1,3}'
const arms = alternation(unitKinds.arms)
/** A unit with its arm (`第1步兵师`, `第30警备营`), or a chain of units (`第8师第21联队`), by number, without its army. */
const bareUnit = new RegExp(`(?<![军师团旅营连队第0-9一二三四五六七八九十])(?:第${count}(?:${arms})?(?:${alternation(unitKinds.kinds)})){1,3}`, 'gu')
const oneUnit = new RegExp(`^第${count}(${arms})?(${alternation(unitKinds.kinds)})$`, 'u')
/** Where a unit's name goes on into a word (`第三军事`, `第二团体`). */
const wordAfter = /^(?:事|体|结|区|籍|费|方|民|属)/u
/** What a unit written alone follows: a mark, a space or a word that introduces a post (`、第1步兵师`, `任第8师…`); after a body or a bracket (`某某司令部第1空降旅`, `（某某旅）第1营`) it is that body's link. */
const standsAlone = /(?:^|[\s，、。：；（(“"]|任|为|到|在|的|和|与|及|兼)$/u

/**
 * A unit by its number, written without its army, that shows it is one: with
 * its arm (`第1步兵师`, `第30警备营`) or below another (`第8师第21联队`); a
 * unit of one kind alone (`第七军`) is `numberedUnitsAlone`'s. It is named
 * as written: which army it belongs to the text does not say where it stands
 * (an army named earlier in the sentence is often another side's). A company
 * or a battalion alone without its arm (`第3营`) is the next link of another
 * unit's chain, and a unit after a body or a bracket is that body's.
 */
export function bareUnits(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(bareUnit)) {
    const single = oneUnit.exec(match[0])
    if (single && !single[1]) continue
    if (wordAfter.test(text.slice(match.index + match[0].length))) continue
    if (!standsAlone.test(text.slice(Math.max(0, match.index - 2), match.index))) continue
    const start = [...text.slice(0, match.index)].length
    found.push({start, end: start + [...match[0]].length, type: 'GovernmentOrganization', name: match[0], source: 'rule'})
  }
  return found
}
