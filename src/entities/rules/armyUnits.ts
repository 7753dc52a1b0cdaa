import {alternation} from '../../core/alternation.js'
import {unitKinds, unitNumerals} from '../vocabulary/units.js'
import type {Candidate} from './candidate.js'

const number = '[0-9一二三四五六七八九十百〇]{1,4}'
/** One numbered unit: `第2军团`, `1团`, `第2步兵师`, `独立师` (a kind after an arm needs no number). */
const oneUnit = `(?:第?${number}(?:${alternation(unitKinds.arms)})?|(?:${alternation(unitKinds.arms)}))(?:${alternation(unitKinds.kinds)})`
/** A chain of units right after an army (`第2军第6师第45团`): at least one numbered unit. */
const chain = new RegExp(`^(?:${oneUnit})+`, 'u')
const unitParts = new RegExp(`(第?)(${number})?((?:${alternation(unitKinds.arms)})?)(${alternation(unitKinds.kinds)})`, 'gu')
/** Where a unit's name goes on into a word (`第2师师长` ends at `师`; `第三军事` is no unit). */
const wordAfter = /^(?:事|队|官|人|区|衔|籍|费|方|民|工|需|属)/u

/**
 * `第2军团` → `第二军团`, `1团一连` → `第一团第一连`: a unit counted in one digit or in Chinese numerals
 * takes `第`, its digit as a Chinese numeral; a longer number stays as written (`232编队`, `第15师`).
 */
export function unitName(units: string): string {
  return units.replace(unitParts, (_whole, first: string, count: string | undefined, arm: string, kind: string) => {
    const digits = count !== undefined && /^[0-9]{2,}$/u.test(count)
    const numeral = count === undefined ? '' : /^[0-9]$/u.test(count) ? unitNumerals.digits[Number(count)]! : count
    const ordinal = count === undefined ? '' : digits ? first : '第'
    return `${ordinal}${numeral}${arm}${kind === '军団' ? '军团' : kind}`
  })
}

/**
 * Army units named by their army and their numbers (`人民军第2军团`,
 * `朝鲜人民军第15师第45团`): one mention, the army's body, named with the
 * army's canonical name and each unit counted (`朝鲜人民军第二军团`). An army
 * is a government body whose name ends with `军` (`朝鲜人民军`,
 * `中国人民志愿军`): a state or a ministry before a number is no unit's.
 */
export function armyUnitsAfter(mentions: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const mention of mentions) {
    // An army a link types as an organization (`东北抗日联军`) is an army still.
    if ((mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') || !mention.name.endsWith('军')) continue
    const after = folded.slice(mention.end, mention.end + 24).join('')
    const match = chain.exec(after)
    if (!match || !/[0-9一二三四五六七八九十百〇]/u.test(match[0])) continue
    if (wordAfter.test(after.slice(match[0].length)) && /[军]$/u.test(match[0])) continue
    found.push({start: mention.start, end: mention.end + [...match[0]].length, type: mention.type, name: `${mention.name}${unitName(match[0])}`, source: 'rule'})
  }
  return found
}
