import type {Candidate} from './candidate.js'

/** A legislature's bare word (`国会`), and a state's legislature by its name (`某国国会`). */
const legislature = /^(?:国会|议会)$/u
const stateLegislature = /\p{Script=Han}{2,}(?:国会|议会)$/u
/** Its committee right after it, or after one space as a résumé's table writes it: `国会 产业资源委员会`, `国会国防委员会`. */
const committeeAfter = /^([ \t\u3000]?)(\p{Script=Han}{2,10}?委员会)/u
/** Words that start another clause, not a committee's name (`国会和某某委员会`). */
const notAName = /^(?:和|与|及|的|在|对|向|将|是|为|下设|设立|成立|通过|批准|选举)/u

/**
 * A legislature's standing or special committee named after it
 * (`国会 产业资源委员会`, `国会国防委员会`) is that legislature's
 * (`某国国会产业资源委员会`), named with the name the document gives the
 * legislature (`国会` → `某国国会`, its one state's). Written after a space
 * the committee is a mention of its own beside the legislature's; written
 * together they are one. The legislature's own mentions are settled and
 * named, so this runs after them: each committee replaces what it overlaps.
 */
export function legislatureCommittees(settled: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const mention of settled) {
    if (mention.type !== 'GovernmentOrganization' || !stateLegislature.test(mention.name)) continue
    const surface = folded.slice(mention.start, mention.end).join('')
    if (!legislature.test(surface) && !stateLegislature.test(surface)) continue
    const match = committeeAfter.exec(folded.slice(mention.end, mention.end + 16).join(''))
    if (!match || notAName.test(match[2]!)) continue
    const [whole, space, committee] = match as unknown as [string, string, string]
    const start = space === '' ? mention.start : mention.end + 1
    found.push({start, end: mention.end + [...whole].length, type: 'GovernmentOrganization', name: `${mention.name}${committee}`, source: 'rule'})
  }
  return found
}
