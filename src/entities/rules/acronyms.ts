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
