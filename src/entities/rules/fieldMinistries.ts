import {alternation} from '../../core/alternation.js'
import {typeOfName} from '../typeOfName.js'
import {ministryFields} from '../vocabulary/ministryFields.js'
import type {Emitter} from './candidate.js'

const fields = alternation(ministryFields.words)
/**
 * `某某工业省：某某` in a list of posts, `率某某省副相某某`: a ministry named by
 * its field (`vocabulary/ministryFields.ts`) after the start of a line or a
 * word that opens a post (`、`, `兼`, `任`, `率`), before the post's person
 * (`：`) or its minister's title (`相`, `副相`).
 */
const opensPost = '兼任率和及为'
const fieldMinistry = new RegExp(`(?<=^|[\\n、，；：${opensPost}])((?:(?![${opensPost}])\\p{Script=Han}){0,8}?(?:${fields}))省(?=[：:]|副?相|第一副相)`, 'gu')
/** Whether a name is a ministry by its field, whoever wrote it so (`qualifyBareBodies` gives it its state). */
const ministryByField = new RegExp(`^\\p{Script=Han}{0,8}(?:${fields})省$`, 'u')
/** A particle or a determiner is no part of a ministry's name (`都`, `日` are: `都市经营省`, `食品日用品工业省`; dates are written in digits). */
const notInName = /[的了在是对将从被向也把让说称各该这那其第0-9]/u

/**
 * A state's ministry named by its field (`铁道省`, `金属工业省`,
 * `高等教育省`) in a list of posts or before its minister's title: a
 * government body without its state, which takes the state the document
 * gives it as other ministries by their own names do (`rules/bareBodies.ts`).
 * A province is named after a place (`某某省：` of a place is left out).
 */
export function fieldMinistryCandidates(out: Emitter): void {
  const {text, at, found} = out
  for (const match of text.matchAll(fieldMinistry)) {
    const name = `${match[1]!}省`
    if (notInName.test(name)) continue
    // `某某省` reads as a province by its suffix: only a stem that names a place makes it one.
    const stem = typeOfName(match[1]!)
    if (stem && (stem.type === 'Place' || stem.type === 'City' || stem.type === 'Country')) continue
    found.push({start: at(match.index), end: at(match.index + name.length), type: 'GovernmentOrganization', name, source: 'rule'})
  }
}

/** Whether a name without a state is a ministry by its field (`铁道省`). */
export function isFieldMinistry(name: string): boolean {
  return ministryByField.test(name) && !notInName.test(name)
}
