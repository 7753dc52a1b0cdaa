import {tagPlain} from '../jieba.js'
import {knownTyping} from '../typing/known.js'

/** A place's name: one the gazetteer knows, or one word jieba reads as a name (`某沃`, `某坪`), not a common word. */
export function isPlaceName(stem: string): boolean {
  const known = knownTyping(stem)?.type
  if (known === 'Country' || known === 'City' || known === 'Place') return true
  const words = tagPlain(stem)
  return words.length === 1 && [...stem].length >= 2 && /^(ns|nr|nz|x|j)$/.test(words[0]!.tag)
}
