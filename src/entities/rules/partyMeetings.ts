import {alternation} from '../../core/alternation.js'
import {knownOrganizations} from '../vocabulary/organizations.js'
import {partyMeetingHeads} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'
import {sessionName} from './numberedEvents.js'
import {congressName} from './partyCongresses.js'

const parties = knownOrganizations.filter((body) => /党$|^中共$/.test(body.name))
const partyName = new Map(parties.map((body) => [body.name, body.fullName ?? body.name]))
const partyWords = alternation(partyName.keys())
const count = '[0-9]{1,3}|[一二三四五六七八九十]{1,3}'
/** `某某党代表会议`, `某某党第三次代表会议`, `某某党第七次全国代表大会`: the party, a count or none, the meeting. */
const meeting = new RegExp(`(${partyWords})((?:第(?:${count})(?:次|届))?(?:${alternation(partyMeetingHeads.heads)}))`, 'gu')
/** `某某党七大`, `十九大`: a count and `大`, a congress's short name, after its party. */
const shortCongress = new RegExp(`(${partyWords})([一二三四五六七八九十]{1,3})大(?![会学使])`, 'gu')
/** `第十届某某会议代议员选举`, `某某会议选举`: the election of a legislature the vocabulary knows. */
const legislatures = ['最高人民会议']
const election = new RegExp(`(?:第(?:${count})届)?(?:${alternation(legislatures)})(?:${alternation(partyMeetingHeads.electionHeads)})`, 'gu')

/**
 * A party's congress or conference (`某某党代表会议`, `某某党七大`) and a
 * legislature's election (`第十届某某会议代议员选举`) are events, counted or
 * not: named as the text writes them, the party by its full name, a short
 * congress by its count (`七大` → `第七次代表大会`); a count the text does not
 * give is not made up.
 */
export function partyMeetingCandidates(out: Emitter): void {
  const {text, push} = out
  for (const match of text.matchAll(meeting)) {
    // `代表会` is the text's short form of `代表会议`.
    const head = sessionName(match[2]!).replace(/代表会$/, '代表会议')
    push(match.index, match[0], {type: 'Event', name: congressName(partyName.get(match[1]!)!, head)}, false)
  }
  for (const match of text.matchAll(shortCongress)) {
    const party = partyName.get(match[1]!)!
    const congress = partyMeetingHeads.nationalCongresses.includes(party) ? '全国代表大会' : '代表大会'
    push(match.index, match[0], {type: 'Event', name: `${party}第${match[2]}次${congress}`}, false)
  }
  for (const match of text.matchAll(election)) push(match.index, match[0], {type: 'Event', name: sessionName(match[0])}, false)
}
