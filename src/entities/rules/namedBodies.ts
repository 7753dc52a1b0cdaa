import type {Token} from '../jieba.js'
import {countryName, typeOfName} from '../typeOfName.js'
import {bodyHeads} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

const heads = [...new Set(bodyHeads.map((entry) => entry.head))].sort((a, b) => b.length - a.length)
/** Words inside a body's name: nouns, names, and the verbs of a purpose (`军备|控制`). */
const inside = /^(n|nz|ns|nt|nr|nrt|nrfg|j|vn|ng|x|b|an)$/
/** Words a name can start with: a name of some kind, not a common noun. */
const proper = /^(nz|ns|nt|nr|nrt|nrfg|j|x)$/

/** `美国政府`, `朝鲜当局`: the state itself in these texts, not a body of it. */
const stateItself = /(政府|当局|军方)$/
/** An unknown word glued to a particle or verb (`某某到`) is not the start of a name. */
const glued = /[的了和与在是对将从被向为到于把让]/

/**
 * Bodies named by a name and a head noun (`普天堡电子乐团`, `伊林学院`,
 * `中国国际关系学会`): the words before the head back to the first that is a
 * name; a state alone before the head (`美国大学`) is not a body's name.
 * And the words jieba itself knows as bodies (nt) that the name rules type
 * as one (`外交学院`).
 */
export function namedBodyCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  for (const [index, token] of tokens.entries()) {
    // Four characters at least: a three-character nt is as often a kind of office (`联络处`).
    if (token.tag === 'nt' && [...token.word].length >= 4 && !stateItself.test(token.word)) {
      const typing = typeOfName(token.word)
      if (typing && (typing.type === 'Organization' || typing.type === 'GovernmentOrganization')) found.push({start: token.start, end: token.end, type: typing.type, name: typing.name, source: 'nlp'})
    }
    const head = heads.find((word) => token.word.endsWith(word))
    if (!head || (token.word !== head && token.tag !== 'n')) continue
    let first = index
    while (first > 0 && inside.test(tokens[first - 1]!.tag) && token.end - tokens[first - 1]!.start <= 12 && !/[\s，。、；：]/.test(tokens[first - 1]!.word)) first--
    while (first < index && !proper.test(tokens[first]!.tag)) first++
    if (first === index || !proper.test(tokens[first]!.tag) || (tokens[first]!.tag === 'x' && glued.test(tokens[first]!.word))) continue
    const name = tokens.slice(first, index + 1).map((word) => word.word).join('')
    const stem = name.slice(0, -head.length)
    if ([...stem].length < 2 || countryName(stem) || /[0-9A-Za-z]/.test(stem)) continue
    const typing = typeOfName(name)
    const type = typing?.type === 'GovernmentOrganization' ? 'GovernmentOrganization' : 'Organization'
    found.push({start: tokens[first]!.start, end: token.end, type, name, source: 'rule'})
  }
  return found
}
