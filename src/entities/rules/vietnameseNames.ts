import {vietnameseSurnames} from '../vocabulary/surnames.js'
import type {Emitter} from './candidate.js'

const pattern = new RegExp(`(${vietnameseSurnames.surnames.join('|')})氏(\\p{Script=Han})(\\p{Script=Han})?`, 'gu')
/** What follows a one-character given name: particles, verbs, numerals, kin words (`陈氏家族`). */
const notGiven = /[的了和与在是对将从被向为到于把让等说称也都当落提一二三四五六七八九十家族兄弟父子宗祠]/

/**
 * Vietnamese women's names (`阮氏某`): a family name, the middle name `氏`
 * and a given name of one character, or two when the second is not a word
 * of the sentence: jieba reads both as one word (`某氏香|表示` stops at `香`).
 */
export function vietnameseNameCandidates(out: Emitter): void {
  for (const match of out.text.matchAll(pattern)) {
    const [, , first, second] = match
    if (notGiven.test(first!)) continue
    const firstAt = out.at(match.index + match[0].length - (second?.length ?? 0) - first!.length)
    // The word holding the given name's first character holds the next one too.
    const together = (out.words.at(firstAt)?.end ?? 0) >= firstAt + 2
    const name = second && together && !notGiven.test(second) ? match[0] : match[0].slice(0, match[0].length - (second?.length ?? 0))
    out.push(match.index, name, {type: 'Person', name}, false)
  }
}
