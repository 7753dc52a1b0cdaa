import {tagPlain} from '../jieba.js'
import {countryName, knownTyping} from '../typing/known.js'
import type {Emitter} from './candidate.js'

/** A place's name: one the gazetteer knows, or one word jieba reads as a name (`某沃`, `某坪`), not a common word. */
export function isPlaceName(stem: string): boolean {
  const known = knownTyping(stem)?.type
  if (known === 'Country' || known === 'City' || known === 'Place') return true
  const words = tagPlain(stem)
  return words.length === 1 && [...stem].length >= 2 && /^(ns|nr|nz|x|j)$/.test(words[0]!.tag)
}

/**
 * The place right before `end` that starts a word (`某某岛|事件`, `某城|第一中学`), longest
 * first: one the gazetteer knows, or one word jieba reads as a place; a state is not one.
 */
export function placeBefore(out: Emitter, end: number): string | undefined {
  for (const length of [4, 3, 2]) {
    const stem = out.text.slice(Math.max(0, end - length), end)
    if (!/^\p{Script=Han}{2,4}$/u.test(stem) || !out.starts.has(out.at(end - length)) || countryName(stem)) continue
    const known = knownTyping(stem)?.type
    const word = out.words.at(out.at(end - length))
    if (known === 'Place' || known === 'City' || (word?.tag === 'ns' && word.end === out.at(end))) return stem
  }
  return undefined
}
