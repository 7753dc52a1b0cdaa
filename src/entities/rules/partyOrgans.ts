import {partyOrgans} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

const organs = new Set(partyOrgans.words)

/**
 * A party's organ named alone (`中央委员会`, `国际部`) is the organ of the one
 * party the document names (`某某党`); with no party or several, it keeps its
 * bare name. Only what a rule named bare: a linked name is its page's.
 */
export function qualifyPartyOrgans(mentions: Candidate[]): void {
  const parties = new Set(mentions.filter((mention) => mention.type === 'Organization' && mention.name.endsWith('党') && [...mention.name].length >= 4).map((mention) => mention.name))
  if (parties.size !== 1) return
  const [party] = parties
  for (const mention of mentions) {
    if ((mention.type === 'GovernmentOrganization' || mention.type === 'Organization') && organs.has(mention.name) && mention.source !== 'link' && mention.source !== 'lexicon') mention.name = `${party}${mention.name}`
  }
}
