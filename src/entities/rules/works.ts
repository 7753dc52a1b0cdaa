import {codePointIndex} from '../../core/codePoints.js'
import type {EntityType} from '../entityTypes.js'
import {isCommonWord} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import {mediaCues} from '../vocabulary/media.js'
import {officeWords} from '../vocabulary/offices.js'
import {legislationSuffixes} from '../vocabulary/suffixes.js'
import type {Candidate} from './candidate.js'

/** After a title in 《》, words that make it a news outlet: `《某某》杂志`, `《某某》报道`, `《某某》等媒体`. */
const mediaAfter = new RegExp(`^(?:${mediaCues.after.join('|')})`, 'u')
/** Before it: `据《某某》`, `发行日刊《某某》`, `接受《某某》采访`. */
const mediaBefore = new RegExp(`(?:${mediaCues.before.join('|')})$`)

/**
 * Works in 《》: their type by their name; newspapers are organizations, and
 * so is any title the words around it make a news outlet (`vocabulary/media.ts`).
 */
export function bracketedWorks(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  const at = codePointIndex(text)
  for (const match of text.matchAll(/《([^《》\n]{2,40})》/g)) {
    const inner = match[1]!
    if ([...inner].length <= 2 && isCommonWord(inner)) continue // `《协议》`: a common noun, not a title
    if (isDocumentKind(inner)) continue // `《宣言》`, `《主席声明》`: a kind of document, no name (but its page's: `rules/definedNames.ts`)
    const start = at(match.index) + 1
    const end = start + [...inner].length
    const typing = typeOfName(inner)
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 10)
    const before = text.slice(Math.max(0, match.index - 4), match.index)
    const media = /(报|新闻|日报|时报|周刊|杂志)$/.test(inner) || mediaAfter.test(after) || mediaBefore.test(before)
    const type: EntityType = typing?.type === 'Legislation' ? 'Legislation' : media ? 'Organization' : 'CreativeWork'
    found.push({start, end, type, name: inner, source: 'rule'})
  }
  return found
}

const kinds = new Set(legislationSuffixes.map((entry) => entry.suffix))
const officeKind = new RegExp(`^(?:${officeWords.join('|')})(?:${[...kinds].join('|')})$`, 'u')

/** A kind of document alone (`宣言`, `联合声明`) or after the office that issues it (`主席声明`): what a text calls a document, no name of one. */
export function isDocumentKind(name: string): boolean {
  return kinds.has(name) || officeKind.test(name)
}
