import {alternation} from '../../core/alternation.js'
import {knownOrganizations} from '../vocabulary/organizations.js'
import {partyMeetingHeads} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'
import {sessionName} from './numberedEvents.js'

const parties = knownOrganizations.filter((body) => /党$|^中共$/.test(body.name))
/** A party's name as written → its full name (`劳动党` → `朝鲜劳动党`). */
export const partyName = new Map(parties.map((body) => [body.name, body.fullName ?? body.name]))
export const partyWords = alternation(partyName.keys())
const count = '[0-9]{1,3}|[一二三四五六七八九十]{1,3}'
/** A party's congress written with its party: `某某党第三次党大会`, `第7届某某党大会`. */
const withParty = new RegExp(`(?:(${partyWords})第(${count})[次届]党大会|第(${count})[次届](${partyWords})(?:全国代表大会|代表大会|大会))`, 'gu')
/** …or without it, the party its words say it is (`第六届全党代表大会`, `第五次党大会`). */
const withoutParty = new RegExp(`(?<!${partyWords})第(${count})[次届](?:全党代表大会|党代表大会|党大会)`, 'gu')

/**
 * A party's congress by its count, as zhwiki titles it (`朝鲜劳动党第七次代表大会`,
 * `中国共产党第十九次全国代表大会`: `vocabulary/events.ts` `nationalCongresses`): a
 * congress is counted with `次` whatever the text writes (`第七届…` is the same
 * congress), `全国` only for the parties titled so.
 */
export function congressName(party: string, head: string): string {
  const counted = /^第(.+?)[次届](?:全国)?代表大会$/u.exec(sessionName(head))
  if (!counted) return `${party}${sessionName(head)}`
  const congress = partyMeetingHeads.nationalCongresses.includes(party) ? '全国代表大会' : '代表大会'
  return `${party}第${counted[1]}次${congress}`
}

/**
 * Party congresses the text writes otherwise than `某某党第N次代表大会`
 * (`rules/partyMeetings.ts`): `某某党第三次党大会`, `第7届某某党大会`, and, without
 * the party, `第五次党大会`, `第六届全党代表大会` — the one party the document
 * names (by a name the vocabulary knows); with none or several, no name is
 * made up and the congress is left out.
 */
export function partyCongressCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(withParty)) {
    const party = partyName.get((match[1] ?? match[4])!)!
    push(match.index, match[0], {type: 'Event', name: congressName(party, `第${match[2] ?? match[3]}次代表大会`)}, false)
  }
  const party = documentParty(text)
  if (!party) return
  for (const match of text.matchAll(withoutParty)) push(match.index, match[0], {type: 'Event', name: congressName(party, `第${match[1]}次代表大会`)}, false)
}

/** The one party a text names (by a name the vocabulary knows), or none when it names none or several. */
export function documentParty(text: string): string | undefined {
  const named = new Set([...text.matchAll(new RegExp(partyWords, 'gu'))].map((match) => partyName.get(match[0])!))
  return named.size === 1 ? [...named][0] : undefined
}
