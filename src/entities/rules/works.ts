import {codePointIndex} from '../../core/codePoints.js'
import type {EntityType} from '../entityTypes.js'
import {isCommonWord} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import type {Candidate} from './candidate.js'

/** Works in 《》: their type by their name; newspapers are organizations. */
export function bracketedWorks(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  const at = codePointIndex(text)
  for (const match of text.matchAll(/《([^《》\n]{2,40})》/g)) {
    const inner = match[1]!
    if ([...inner].length <= 2 && isCommonWord(inner)) continue // `《协议》`: a common noun, not a title
    const start = at(match.index) + 1
    const end = start + [...inner].length
    const typing = typeOfName(inner)
    const type: EntityType = /(报|新闻|日报|时报|周刊|杂志)$/.test(inner) ? 'Organization' : typing?.type === 'Legislation' ? 'Legislation' : 'CreativeWork'
    found.push({start, end, type, name: inner, source: 'rule'})
  }
  return found
}
