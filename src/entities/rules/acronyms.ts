import type {Candidate} from './candidate.js'

/** `联合安全区（JSA）`: an acronym in brackets right after a name is another name of it. */
export function acronymsAfter(mentions: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const mention of mentions) {
    const match = /^[（(]([A-Z]{2,6})[)）]/.exec(folded.slice(mention.end, mention.end + 10).join(''))
    if (!match) continue
    const start = mention.end + 1
    found.push({start, end: start + match[1]!.length, type: mention.type, name: mention.name, source: 'document'})
  }
  return found
}

/** Latin letters or digits next to an acronym make it part of another word (`CEICX`, `ACEIC`). */
const latinAround = /[A-Za-z0-9]/

/**
 * An acronym the document gave a body in brackets (`某某台网（ABCD）`) names
 * that body wherever it stands alone later in the document (`据ABCD测定`,
 * in a table's head): the document's own definition, no outside knowledge.
 * An acronym given to two names names neither.
 */
export function acronymsAlone(defined: Candidate[], folded: string[]): Candidate[] {
  const byAcronym = new Map<string, Candidate | undefined>()
  for (const acronym of defined) {
    const letters = folded.slice(acronym.start, acronym.end).join('')
    const known = byAcronym.get(letters)
    byAcronym.set(letters, byAcronym.has(letters) && known?.name !== acronym.name ? undefined : acronym)
  }
  const found: Candidate[] = []
  for (const [letters, acronym] of byAcronym) {
    if (!acronym) continue
    const first = letters[0]
    // Latin letters are one code point each: compared character by character, offsets stay code points.
    for (let start = 0; start + letters.length <= folded.length; start++) {
      if (folded[start] !== first || start === acronym.start) continue
      const end = start + letters.length
      if (folded.slice(start, end).join('') !== letters || latinAround.test(folded[start - 1] ?? '') || latinAround.test(folded[end] ?? '')) continue
      found.push({start, end, type: acronym.type, name: acronym.name, source: 'document'})
    }
  }
  return found
}
