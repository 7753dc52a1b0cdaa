import {alternation} from '../../core/alternation.js'
import {citySet} from '../typing/known.js'
import {places} from '../gazetteer.js'
import {koreanSides, meetingHeads, meetingLevels} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'

const sides = alternation(koreanSides.words)
const levels = alternation(meetingLevels.words)
const heads = alternation(meetingHeads.words)
/** `南北高级别会谈`, `朝美首脑会晤`, `六方会谈`: the parties, who meets for them (one word or two: `工作级军事`), the meeting. */
const byParties = new RegExp(`(${sides})((?:${levels}){0,2})(?:历史性)?(${heads})`, 'gu')
const venues = alternation([...citySet, ...places])
/** `某城会谈`, `某城和谈`: a meeting named after the city that hosts it. */
const byVenue = new RegExp(`(${venues})(?:${sides})?(?:${levels})?(${heads})`, 'gu')
/** Sides that are a count of parties name talks of their own (`六方会谈`); a pair of states needs who meets (`朝美首脑会谈`). */
const multilateral = /^[三四五六]方$/
/** `在某国某城会谈`: where people met, up to the place's state before the city. */
const locative = /[在于到赴抵][\p{Script=Han}]{0,4}$/u

/**
 * Named talks and summits (`南北总理会谈`, `六方会谈`, `某城会谈`): the two
 * Koreas or a count of parties and who meets for them, or the city that hosts
 * them, before the head of a meeting (talks between other states are named by
 * their count or year: `rules/numberedEvents.ts`, `rules/events.ts`).
 * `南北会谈` alone, `首脑会谈` alone are any talks, not a
 * named one; a meeting starts a word of its own (not the `北南` of `东北南部`),
 * and a city after `在` is where people met (`在某城会晤`, `在某国某城会谈`), a verb.
 */
export function talkCandidates(out: Emitter): void {
  const {text, at, starts, push} = out
  for (const match of text.matchAll(byParties)) {
    const [, parties, level, head] = match
    if (!level && !multilateral.test(parties!) && !head!.startsWith('首脑')) continue
    // `六方会议` is a meeting of six, a body's; `首脑会议` is any summit (the guidelines' generic noun).
    if (head === '会议' && (!level || level === '首脑')) continue
    if (!starts.has(at(match.index))) continue
    push(match.index, match[0], {type: 'Event', name: match[0]}, false)
  }
  for (const match of text.matchAll(byVenue)) {
    // `在某城会晤`: where two people met, a verb, not the name of a meeting.
    if (!starts.has(at(match.index)) || locative.test(text.slice(Math.max(0, match.index - 6), match.index))) continue
    push(match.index, match[0], {type: 'Event', name: match[0]}, false)
  }
}
