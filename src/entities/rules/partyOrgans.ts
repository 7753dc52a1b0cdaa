import {firstAtLeast} from '../../core/sortedSearch.js'
import {partyOrgans} from '../vocabulary/bodies.js'
import type {Candidate} from './candidate.js'

const organs = new Set(partyOrgans.words)
/** Where a sentence ends: a party its sentence names is no evidence beyond it. */
const sentenceEnd = /[。！？；;!?\n]/

/** The party a body's name starts with (`某某党`, alone or heading another of its organs' names: `某某党中央政治局`). */
function partyOf(mention: Candidate): string | undefined {
  if (mention.type !== 'Organization' && mention.type !== 'GovernmentOrganization') return undefined
  const party = /^[\p{Script=Han}]{2,8}?党/u.exec(mention.name)?.[0]
  return party && [...party].length >= 4 ? party : undefined
}

const organWords = [...organs].sort((a, b) => b.length - a.length)
/** The organ a full name ends with (`中央政治局` of `某某党中央政治局`), or ''. */
const organOf = (name: string) => organWords.find((organ) => name.endsWith(organ)) ?? ''

/**
 * A party's organ named alone (`中央委员会`, `国际部`) is the organ of the party
 * its sentence names last before it, else of the one party the document names
 * (alone or heading another organ's name), else of the party its lead names first
 * (the page's subject's); with several or none and none of these, it is no one body
 * (`中央政治局` is any party's): it is returned, to be left out.
 * Only what a rule named bare: a linked name is its page's. `mentions` are sorted by start.
 */
export function qualifyPartyOrgans(mentions: Candidate[], folded: string[]): Set<Candidate> {
  const parties = new Set(mentions.flatMap((mention) => partyOf(mention) ?? []))
  // The party the lead (the first paragraph) names first: a page's subject's, whose organs the page names bare.
  const leadEnd = folded.indexOf('\n')
  const leadParty = leadEnd < 0 ? undefined : mentions.filter((mention) => mention.end <= leadEnd).flatMap((mention) => partyOf(mention) ?? [])[0]
  const fullNames = [...new Set(mentions.flatMap((mention) => (partyOf(mention) && organs.has(organOf(mention.name)) ? [mention.name] : [])))]
  const ends = folded.flatMap((character, index) => (sentenceEnd.test(character) ? [index] : []))
  const unqualified = new Set<Candidate>()
  let lastParty: {party: string; end: number} | undefined
  for (const mention of mentions) {
    const party = partyOf(mention)
    if (party) lastParty = {party, end: mention.end}
    // `党中央委员会`: `党` stands for the party the organ is of.
    const organ = organs.has(mention.name) ? mention.name : mention.name.startsWith('党') && organs.has(mention.name.slice(1)) ? mention.name.slice(1) : undefined
    if ((mention.type !== 'GovernmentOrganization' && mention.type !== 'Organization') || !organ || mention.source === 'link' || mention.source === 'lexicon') continue
    // No sentence ends between the party and the organ: one binary search over the ends, not a copy of the text between.
    const nextEnd = ends[firstAtLeast(ends.length, (index) => ends[index]!, lastParty?.end ?? 0)] ?? Infinity
    const inSentence = lastParty && nextEnd >= mention.start ? lastParty.party : undefined
    const own = inSentence ?? (parties.size === 1 ? [...parties][0] : leadParty)
    // The organ's full name the document gives with that party (`某某党中央政治局` for `政治局`), else the party's and the organ's.
    if (own) mention.name = fullNames.find((name) => name.startsWith(own) && name.endsWith(organ)) ?? `${own}${organ}`
    else unqualified.add(mention)
  }
  return unqualified
}
