import type {Token} from '../jieba.js'
import {headOffices} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

/** Words a body's name is made of: nouns and names (`经济|计划|部`), and a noun's one-character morpheme (`农|水产部`). */
const nameWord = /^(n|nz|ns|nt|nr|j|vn|ng|an|zg)$/
/** A note of the body's other name between it and its head's office: `某某部（现某某部）部长`. */
const renamed = /^(现|今|原|旧|后|後)/u
/** How many words such a note holds at most. */
const longestNote = 6

/**
 * The body an office heads, named just before it (`经济计划部部长`,
 * `海关总署署长`): the nouns before the office's own body word, from the
 * first noun after a non-noun, two characters at least before the suffix.
 * A note of its other name in brackets between them (`某某部（现某某部）部长`,
 * a list of a past cabinet) leaves both bodies headed by that office.
 */
export function headOfficeCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = []
  // Indexed: `entries()` made a pair per word.
  for (let index = 0; index < tokens.length; index++) {
    const family = headOffices.find((entry) => entry.offices.includes(tokens[index]!.word))
    if (!family) continue
    for (const last of bodyEnds(tokens, index)) {
      const body = headedBody(tokens, last, family.body)
      if (body) found.push(body)
    }
  }
  return found
}

/** Where the bodies an office heads end: the word before it, or both sides of a note of another name. */
function bodyEnds(tokens: Token[], office: number): number[] {
  if (!/^[）)]$/.test(tokens[office - 1]?.word ?? '')) return [office - 1]
  for (let open = office - 2; open >= Math.max(0, office - 2 - longestNote); open--) {
    if (!/^[（(]$/.test(tokens[open]!.word)) continue
    return renamed.test(tokens[open + 1]?.word ?? '') ? [office - 2, open - 1] : []
  }
  return []
}

/** The body whose last word is `last`: that word ends with the office's body word, and nouns before it make its name. */
function headedBody(tokens: Token[], last: number, bodyWord: string): Candidate | undefined {
  const suffix = tokens[last]
  // The body word alone (`部`) after its nouns, one word jieba knows as a body (`国防部`), or a noun of three characters that ends with it (`水产部`).
  if (!suffix || !suffix.word.endsWith(bodyWord)) return undefined
  if (suffix.word !== bodyWord && suffix.tag !== 'nt' && !(suffix.tag === 'n' && [...suffix.word].length >= 3)) return undefined
  let first = last
  while (first > 0 && nameWord.test(tokens[first - 1]!.tag) && suffix.end - tokens[first - 1]!.start <= 8) first--
  const name = tokens
    .slice(first, last + 1)
    .map((word) => word.word)
    .join('')
  if ([...name].length - [...bodyWord].length < 2) return undefined
  return {start: tokens[first]!.start, end: suffix.end, type: 'GovernmentOrganization', name, source: 'rule'}
}
