import type {Token} from '../jieba.js'
import {headOffices} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

/** Words a body's name is made of: nouns and names (`经济|计划|部`). */
const nameWord = /^(n|nz|ns|nt|nr|j|vn|ng|an)$/

/**
 * The body an office heads, named just before it (`经济计划部部长`,
 * `海关总署署长`): the nouns before the office's own body word, from the
 * first noun after a non-noun, two characters at least before the suffix.
 */
export function headOfficeCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  // Indexed: `entries()` made a pair per word.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const family = headOffices.find((entry) => entry.offices.includes(token.word))
    if (!family) continue
    const suffix = tokens[index - 1]
    // The body word alone (`部`) after its nouns, or one word jieba knows as a body (`国防部`).
    if (!suffix || !suffix.word.endsWith(family.body) || (suffix.word !== family.body && suffix.tag !== 'nt')) continue
    let first = index - 1
    while (first > 0 && nameWord.test(tokens[first - 1]!.tag) && suffix.end - tokens[first - 1]!.start <= 8) first--
    const start = tokens[first]!.start
    const name = tokens
      .slice(first, index)
      .map((word) => word.word)
      .join('')
    if ([...name].length - [...family.body].length < 2) continue
    found.push({start, end: suffix.end, type: 'GovernmentOrganization', name, source: 'rule'})
  }
  return found
}
