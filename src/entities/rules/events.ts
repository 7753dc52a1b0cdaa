import {alternation} from '../../core/alternation.js'
import type {Emitter} from './candidate.js'
import {namePatterns} from './namePatterns.js'
import {sessionName} from './numberedEvents.js'
import {knownOrganizations} from '../vocabulary/organizations.js'
import {incidentActs, summitBodies} from '../vocabulary/events.js'
import {countryName} from '../typing/known.js'
import {isPlaceName, placeBefore} from './placeNames.js'

/**
 * Named events: summits and wars named after a place (`新加坡峰会`,
 * `朝鲜战争`), summits and elections named by their date
 * (`2007年南北首脑会谈`, `2012年总统选举`), movements and incidents
 * (`烛光革命`, `某某号事件`, `某某舰事件`, `某地枪击事件`), numbered sessions (`十九届四中全会`),
 * a party's with the party (`某某党第7届中央委员会第2次全体会议`), and a
 * term's session written before its body (`第十二届第五次某某会议`).
 */
export function eventCandidates(out: Emitter): void {
  const {text, push} = out
  // A summit of an international body, named after the body (`二十国集团峰会`, `2030年某某集团领导人会晤`), by its full Chinese name.
  const summitEnds = new Set<number>()
  for (const match of text.matchAll(bodySummit)) {
    const [surface, year = '', body, head] = match
    summitEnds.add(match.index + surface.length)
    // A Latin acronym stays as written (`G20峰会`): that is how Chinese texts and zhwiki's redirects name those summits.
    const name = /^[A-Z]/.test(body!) ? body : (bodyName.get(body!) ?? body)
    push(match.index, surface, {type: 'Event', name: `${year.replace(/\s/g, '')}${name}${head}`}, false)
  }
  for (const match of text.matchAll(namePatterns().events)) {
    if (summitEnds.has(match.index + match[0].length)) continue
    if (match[0].endsWith('峰会') && !match[1] && !/^[A-Z]/.test(match[0])) continue
    push(match.index, match[0], {type: 'Event', name: match[0]}, false)
  }
  for (const match of text.matchAll(/[0-9]{4}\s?年(?:[0-9]{1,2}\s?月)?(?:朝韩|韩朝|南北|南北韩|朝美|美朝)?(?:首脑)?(?:历史性)?(?:会谈|会晤|峰会|高峰会)|[0-9]{4}\s?年\s?(?:[\p{Script=Han}]{2,3})?(?:总统)?(?:大选|选举)/gu)) {
    push(match.index, match[0], {type: 'Event', name: match[0].replace(/\s/g, '')}, false)
  }
  // Numbered sessions and congresses: `第七次代表大会`, `十九届四中全会`, `第13届最高人民会议第五次会议`;
  // a bare `第285次会议` is any body's meeting, not a named event.
  for (const match of text.matchAll(
    /(?:第?[0-9一二三四五六七八九十]{1,3}届)?(?:[一二三四五六七八九]中全会|第?[0-9一二三四五六七八九十]{1,3}次(?:全体会议|全会|代表大会))|第?[0-9一二三四五六七八九十]{1,3}届[\p{Script=Han}]{0,8}?第[0-9一二三四五六七八九十]{1,3}次(?:全体会议|会议)/gu
  )) {
    push(match.index, match[0], {type: 'Event', name: sessionName(match[0])}, false)
  }
  // A party's session is named with the party, by its full name (`某某党第7届中央委员会第2次全体会议`).
  for (const match of text.matchAll(partySession)) {
    push(match.index, match[0], {type: 'Event', name: `${partyName.get(match[1]!)}${sessionName(match[2]!)}`}, false)
  }
  // `第十二届第五次某某会议`: a term, a count, then the body; zhwiki names the session as the body's (`第十二届某某会议第五次会议`).
  for (const match of text.matchAll(termCountBody)) {
    const [surface, term, count, body] = match
    push(match.index, surface, {type: 'Event', name: sessionName(`第${term}届${body}会议第${count}次会议`)}, false)
  }
  for (const match of text.matchAll(incidents)) {
    const stem = incidentPlace(out, match.index)
    if (stem) push(match.index - stem.length, `${stem}${match[0]}`, {type: 'Event', name: `${stem}${match[0]}`}, false)
  }
  let characters: string[] | undefined
  for (const match of text.matchAll(/革命|事件/gu)) {
    const suffixEnd = match.index + match[0].length
    // A ship's incident (`某某号事件`), else a place's (`某某岛事件`).
    const stem = match[0] === '革命' ? text.slice(match.index - 2, match.index) : (shipStem(out, match.index, (characters ??= [...text])) ?? placeBefore(out, match.index))
    if (!stem || [...stem].length < 2 || /[的了在和与这那该此其各某]/.test(stem)) continue
    // A revolution is named by a name (`烛光革命`), not by punctuation, a verb or a count before it (`、反革命`, `接受革命`, `三大革命`).
    if (match[0] === '革命' && (!/^\p{Script=Han}{2}$/u.test(stem) || /^(v|vn|m|mq|d)$/.test(out.words.at(out.at(match.index - 2))?.tag ?? ''))) continue
    push(match.index - stem.length, text.slice(match.index - stem.length, suffixEnd), {type: 'Event', name: text.slice(match.index - stem.length, suffixEnd)})
  }
}

const bodyName = new Map(knownOrganizations.map((body) => [body.name, body.fullName ?? body.name]))
const bodySummit = new RegExp(`([0-9]{4}\\s?年)?(${alternation(summitBodies.names)})(${alternation(summitBodies.heads)})`, 'gu')
const parties = knownOrganizations.filter((body) => /党$|^中共$/.test(body.name))
const partyName = new Map(parties.map((body) => [body.name, body.fullName ?? body.name]))
const count = '[0-9一二三四五六七八九十]{1,3}'
const partySession = new RegExp(`(${alternation(partyName.keys())})(第?${count}届[\\p{Script=Han}]{0,8}?第${count}次(?:全体会议|会议))`, 'gu')
const termCountBody = new RegExp(`第(${count})届第(${count})次([\\p{Script=Han}]{2,8}?)会议`, 'gu')

const incidents = new RegExp(`(?:${incidentActs.words.join('|')})事件`, 'gu')

/** `某地枪击事件`: the place before what happened, the longest that starts a word; a state's (`某国袭击事件`) is who acted. */
function incidentPlace(out: Emitter, end: number): string | undefined {
  for (const length of [4, 3, 2]) {
    const stem = out.text.slice(Math.max(0, end - length), end)
    if (!/^\p{Script=Han}{2,4}$/u.test(stem) || !out.starts.has(out.at(end - length))) continue
    if (isPlaceName(stem) && !countryName(stem)) return stem
  }
  return undefined
}

/** Words that never start a ship's name: verbs, prepositions, conjunctions, particles, adverbs, pronouns. */
const notNameStart = /^(v|vn|p|c|u|uj|ul|ud|d|r|f)$/

/** `某某号事件`, `某某舰事件`: the ship's name before `事件`, the longest (up to four characters) that starts a word and holds only letters. */
function shipStem(out: Emitter, end: number, characters: string[]): string | undefined {
  const {text, at, words} = out
  if (!/[号舰艇]/.test(text[end - 1] ?? '')) return undefined
  const kindAt = at(end - 1)
  for (let length = 4; length >= 1; length--) {
    const start = kindAt - length
    const held = words.at(start)
    const word = held?.start === start ? held : undefined
    const name = characters.slice(start, kindAt).join('')
    if (start < 0 || !word || notNameStart.test(word.tag) || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(name)) continue
    return `${name}${text[end - 1]}`
  }
  return undefined
}
