import type {Emitter} from './candidate.js'
import {chineseNumeral} from './numberedEvents.js'

/** `第三哨所`, `第3哨所`, `第五观测站`: a guard post or an observation post by its number. */
const numberedPost = /第([0-9]{1,3}|[一二三四五六七八九十]{1,3})(哨所|观测站|观察哨|检查站)/gu

/**
 * A guard or observation post named by its number (`第三哨所`, `第5观测站`)
 * is a place of a border or a front, the number its name: named with the
 * number in Chinese numerals, as counts are in the project's names
 * (`第3哨所` → `第三哨所`).
 */
export function numberedPostCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(numberedPost)) {
    const [surface, count, kind] = match
    const numeral = /^[0-9]+$/.test(count!) ? chineseNumeral(Number(count)) : count
    push(match.index, surface, {type: 'Place', name: `第${numeral}${kind}`}, false)
  }
}
