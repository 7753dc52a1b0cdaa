import {partyOrgans} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

const organs = new Set(partyOrgans.words)

/**
 * A party's organ named alone (`中央委员会`, `国际部`) is the organ of the one
 * party the document names (`某某党`, alone or heading another organ's name);
 * with no party or several, it keeps its bare name. Only what a rule named bare: a linked name is its page's.
 */
export function qualifyPartyOrgans(mentions: Candidate[]): void {
  // The party alone (`某某党`), or at the head of another of its organs' names (`某某党中央政治局`).
  const parties = new Set(
    mentions.flatMap((mention) => {
      const party = (mention.type === 'Organization' || mention.type === 'GovernmentOrganization') && /^[\p{Script=Han}]{2,8}?党/u.exec(mention.name)?.[0]
      return party && [...party].length >= 4 ? [party] : []
    })
  )
  if (parties.size !== 1) return
  const [party] = parties
  for (const mention of mentions) {
    if ((mention.type === 'GovernmentOrganization' || mention.type === 'Organization') && organs.has(mention.name) && mention.source !== 'link' && mention.source !== 'lexicon') mention.name = `${party}${mention.name}`
  }
}
