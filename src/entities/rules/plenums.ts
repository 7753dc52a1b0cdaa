import type {Emitter} from './candidate.js'
import {documentParty, partyName, partyWords} from './partyCongresses.js'

const numeral = '[一二三四五六七八九十]{1,3}'
/** `六届十八中全会`, `劳动党六届四中全会`: a party's central committee's plenum by its term and count, the party written before or not. */
const plenum = new RegExp(`(${partyWords})?第?(${numeral})届(${numeral})中全会`, 'gu')

/**
 * A plenum of a party's central committee by its short name (`某某党六届十八中全会`,
 * `党的六届十九中全会`), named as zhwiki titles plenums:
 * `某某党第六届中央委员会第十八次全体会议`. The party is the one written before
 * it, else the one party the document names; with none or several, the short
 * form is left to the session rules (`rules/events.ts`).
 */
export function plenumCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(plenum)) {
    const party = match[1] ? partyName.get(match[1]) : documentParty(text)
    if (!party) continue
    push(match.index, match[0], {type: 'Event', name: `${party}第${match[2]}届中央委员会第${match[3]}次全体会议`}, false)
  }
}
