import {alternation} from '../../core/alternation.js'
import type {Token} from '../jieba.js'
import {chineseParty, committeeLevels} from '../vocabulary/partyCommittees.js'
import type {Candidate} from './candidate.js'

const qualifiers = `(${alternation(committeeLevels.qualifiers)})?`
/** A place of two to four characters, its qualifiers and its level, then `委` that is not `委员`: `北满临时省委`, `汤原中心县委`. */
const committee = new RegExp(`^(\\p{Script=Han}{2,4}?)${qualifiers}${qualifiers}([${Object.keys(committeeLevels.levels).join('')}])委(?!员)`, 'u')
/** The words a place's name may start with: a place, a name, an unknown word or an abbreviation (`下江`, `北满`, `甘肃省委`). */
const placeWord = /^(ns|nt|nz|x|j)$/
/** A pronoun or a demonstrative jieba joins to the place (`其|北满…`, `该县委`) is no part of its name. */
const determiner = /^[其该这本此各原]/u
/** A party written just before: `劳动党平壤市委` is another party's committee. */
const otherParty = /党$/u

/**
 * A communist party's regional committee by its short name (`中共汤原县委`,
 * `北满临时省委`, `下江特委`): named in full as the Chinese Communist Party's
 * (`中国共产党汤原县委员会`, `中国共产党下江特别委员会`). Written after
 * `中共` it is that party's; written bare, only in a document that names the
 * Chinese party somewhere, the party whose committees it recounts. The place
 * starts where jieba starts a word of a place or a name, and ends where a word
 * ends (`东京城|区委`) or with its level inside one (`汤原县|委`).
 */
export function regionalCommittees(folded: string[], tokens: Token[]): Candidate[] {
  const text = folded.join('')
  const namesParty = chineseParty.shortNames.some((name) => text.includes(name))
  const ends = new Set(tokens.map((token) => token.end))
  const found: Candidate[] = []
  for (const [index, token] of tokens.entries()) {
    if (!placeWord.test(token.tag) || chineseParty.shortNames.includes(token.word)) continue
    // A determiner jieba joins to the place starts no name: the place follows it.
    const start = token.start + (determiner.test(token.word) ? 1 : 0)
    const match = committee.exec(folded.slice(start, start + 14).join(''))
    if (!match || determiner.test(match[1]!)) continue
    const [whole, place, first, second, level] = match as unknown as [string, string, string | undefined, string | undefined, string]
    const placeEnd = start + [...place].length
    const end = start + [...whole].length
    // The place ends a word (`东京城|区委`), or its level does (`汤原县|委`), or jieba knows the whole committee (`甘肃省委`).
    if (!ends.has(placeEnd) && !ends.has(placeEnd + 1) && token.end !== end) continue
    const before = start === token.start ? tokens[index - 1] : undefined
    const afterParty = before !== undefined && chineseParty.shortNames.includes(before.word) && before.end === token.start
    if (!afterParty && (!namesParty || otherParty.test(before?.word ?? ''))) continue
    const name = `${chineseParty.name}${place}${first ?? ''}${second ?? ''}${committeeLevels.levels[level]!}委员会`
    found.push({start: afterParty ? before.start : start, end, type: 'Organization', name, source: 'rule'})
  }
  return found
}
