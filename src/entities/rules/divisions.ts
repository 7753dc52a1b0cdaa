import type {Token} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import type {Candidate} from './candidate.js'

/**
 * Division words that jieba writes apart from the name before them
 * (`咸平|郡`, `礼山|郡`, `汤原|县`): a county's. `道` is left out: after a
 * person's name it is a verb of saying (`某某道：`).
 */
const divisionWords = new Set(['郡', '县'])
/** A division word that ends the place before, not the county's name. */
const divisionStarts = /^[道省市县郡州]/u
/** What the name before the division may be tagged: a place's or a person's name, or a word jieba does not know. */
const nameTags = /^(ns|nr|nrt|nz|x|j)$/

/**
 * A county named by a name and its division word that jieba splits
 * (`某某|郡`, `某某|县`): one place, typed by the suffix rules as the whole
 * name is. The name has two or three characters and stands as a word of
 * its own (a longer token before `县` is a phrase, not a county's name).
 */
export function divisionCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (let index = 0; index + 1 < tokens.length; index++) {
    const [name, division] = [tokens[index]!, tokens[index + 1]!]
    if (!divisionWords.has(division.word) || !nameTags.test(name.tag)) continue
    // `黄海|道胜湖|郡`: jieba took the province's division word into the county's name; the county starts after it.
    const own = [...name.word].length === 3 && divisionStarts.test(name.word) ? 1 : 0
    const word = [...name.word].slice(own).join('')
    const length = [...word].length
    if (length < 2 || length > 3 || divisionStarts.test(word)) continue
    const typing = typeOfName(word + division.word)
    if (typing?.type === 'Place' || typing?.type === 'City') found.push({start: name.start + own, end: division.end, type: typing.type, name: typing.name, source: 'rule'})
  }
  return found
}
