import {alternation} from '../../core/alternation.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import type {Candidate} from './candidate.js'

/**
 * The kinds of body two states' people form together, named after the pair:
 * legislators' leagues and friendship societies. A pair's alliance
 * (`韩美联盟`) is a relation between the states, no body.
 */
export const pairBodyKinds = {
  kinds: ['友好议员联盟', '议员联盟', '议员联合会', '议员同盟', '友好协会'],
  source: 'zhwiki 日韩议员联盟 (韩日议员联盟), 中国日本友好协会 (中日友好协会), 日中友好议员联盟'
}

const state = `[${stateAbbreviations.join('')}]`
const pairBody = new RegExp(`(${state})(${state})(?:${alternation(pairBodyKinds.kinds)})`, 'gu')

/**
 * A body of two states' people named after the pair (`韩日议员联盟`,
 * `中日友好协会`), one body each, named as written: which state comes first
 * is the body's own choice (`韩日` in Seoul, `日韩` in Tokyo), not a form of
 * the same name. A link to its page names it more surely, and wins.
 */
export function pairBodies(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(pairBody)) {
    if (match[1] === match[2]) continue
    const start = [...text.slice(0, match.index)].length
    found.push({start, end: start + [...match[0]].length, type: 'Organization', name: match[0], source: 'rule'})
  }
  return found
}
