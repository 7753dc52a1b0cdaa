import {tagPlain, type Token} from '../jieba.js'
import {typeOfName} from '../typeOfName.js'
import {knownTyping} from '../typing/known.js'
import type {Candidate} from './candidate.js'

/** Words that start a place's own name: names jieba knows or does not know at all. */
const ownName = /^(ns|nr|nrt|nrfg|nz|x|j)$/

/** Places jieba reads as place names that the suffix rules type (`金刚山`, `丰溪里`, `关岛`). */
export function placeCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (const token of tokens) {
    if (token.tag !== 'ns' || [...token.word].length < 2) continue
    const held = heldPlace(token)
    if (held) {
      found.push(...held)
      continue
    }
    const typing = typeOfName(token.word)
    if (typing && (typing.type === 'Place' || typing.type === 'City' || typing.type === 'Country')) {
      found.push({start: token.start, end: token.end, type: typing.type, name: typing.name, source: 'nlp'})
    }
  }
  return found
}

/**
 * A city and a place's own name that jieba reads as one word
 * (`某城|某某国宾馆`): two mentions, the city and the place it holds, as
 * written apart. The place has a name of three letters at least that its
 * suffix types (`某城西路` is a street's name) and starts with a name of
 * its own (`某城第二国际机场` is the city's airport).
 */
function heldPlace(token: Token): Candidate[] | undefined {
  const characters = [...token.word]
  for (let length = 2; length <= 3 && characters.length - length >= 3; length++) {
    const city = knownTyping(characters.slice(0, length).join(''))
    if (city?.type !== 'City') continue
    const rest = characters.slice(length).join('')
    const place = typeOfName(rest)
    // …a name of its own (`某某国宾馆`), not the city's place of some kind (`某城第二国际机场`).
    if (place?.type !== 'Place' || !ownName.test(tagPlain(rest)[0]!.tag) || /^(第|[0-9一二三四五六七八九十])/u.test(rest)) continue
    const at = token.start + length
    return [
      {start: token.start, end: at, type: 'City', name: city.name, source: 'nlp'},
      {start: at, end: token.end, type: 'Place', name: place.name, source: 'nlp'}
    ]
  }
  return undefined
}
