import {alternation} from '../../core/alternation.js'
import {codePointIndex} from '../../core/codePoints.js'
import {partyOrgans} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

/**
 * Where a name of its own may start: a line, a clause or an item of a list,
 * or a post taken or held (`任`, `为`, `兼`, `在…工作`) — not inside a longer
 * name (`某某党中央政治局`, whose organ is read with the party).
 */
const opening = '\\n、，。；：（(“「兼任为在和及与选'
/** `政治局常委（会）`: the standing committee is a body of its own, and its members' post names it, not the organ. */
const standing = '(?!常委|常务委员)'
const organAlone = new RegExp(`(?<=^|[${opening}])(?:${alternation(partyOrgans.words)})${standing}`, 'gu')
/** A party's name: `某某党`, four letters at least (`朝鲜劳动党`, `中国共产党`). */
const party = /^[\p{Script=Han}]{2,8}?党/u

/**
 * A party's organ standing alone (`统一战线部部长`, `宣传鼓动部副部长`,
 * `当选政治局委员`) in a document that names a party: a body whose party
 * `qualifyPartyOrgans` reads from its sentence, the document's one party or
 * its lead's. A document naming no party gives it none, and no mention.
 */
export function partyOrgansAlone(settled: readonly Candidate[], folded: string[]): Candidate[] {
  const namesParty = settled.some((mention) => (mention.type === 'Organization' || mention.type === 'GovernmentOrganization') && [...(party.exec(mention.name)?.[0] ?? '')].length >= 4)
  if (!namesParty) return []
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const match of text.matchAll(organAlone)) {
    found.push({start: at(match.index), end: at(match.index + match[0].length), type: 'GovernmentOrganization', name: match[0], source: 'rule'})
  }
  return found
}
