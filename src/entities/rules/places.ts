import type {Token} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import type {Candidate} from './candidate.js'

/** Places jieba reads as place names that the suffix rules type (`金刚山`, `丰溪里`, `关岛`). */
export function placeCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (const token of tokens) {
    if (token.tag !== 'ns' || [...token.word].length < 2) continue
    const typing = typeOfName(token.word)
    if (typing && (typing.type === 'Place' || typing.type === 'City' || typing.type === 'Country')) {
      found.push({start: token.start, end: token.end, type: typing.type, name: typing.name, source: 'nlp'})
    }
  }
  return found
}
