import {alternation} from '../../core/alternation.js'
import {countryName} from '../typing/known.js'
import {koreanSides, meetingHeads, meetingLevels, seriesByLevel, summitSides, talkSeries} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'

const level = alternation(seriesByLevel.words)
/** `将军级会谈`, `红十字会会谈`, `体育会谈`: who meets, then the talks (`会谈`, `会议`, `谈判` are other renderings of 회담). */
const byLevel = new RegExp(`(${level})(${alternation(talkSeries.headForms)})`, 'gu')
/** The two Koreas' talks or summits named with their pair anywhere in the text (`南北高级别会谈`, `朝韩首脑会晤`). */
const koreanTalks = new RegExp(`(?:${alternation(koreanSides.words.filter((side) => !/方$/.test(side)))})(?:${alternation(meetingLevels.words)}){0,2}(?:${alternation(meetingHeads.words)})`, 'u')
/** `13次将军级会谈`: a count of meetings of that kind, not the series' name (`第3次…` is `rules/numberedEvents.ts`'s). */
const counted = /(?<!第[0-9一二三四五六七八九十百]*)[0-9一二三四五六七八九十百两几多]\s?次$/u
/** A pair of states right before the talks (`朝美`): then they are that pair's. */
const pairBefore = new RegExp(`(?:${alternation(summitSides.pairs.flatMap((pair) => pair.forms))})$`, 'u')

/** Whether a state or a pair of states right before the talks says whose they are (`朝美将军级会谈`, `某国红十字会谈`). */
function ownedBy(before: string): boolean {
  return pairBefore.test(before) || [1, 2, 3, 4].some((length) => before.length >= length && countryName(before.slice(-length)) !== undefined)
}

/**
 * Inter-Korean talk series written without the pair (`将军级会谈`,
 * `红十字会会谈`, `体育会谈`; levels of `vocabulary/events.ts`
 * `seriesByLevel`) in a text about the two Koreas' talks — one that names
 * their talks or summits with the pair elsewhere — are that series, named
 * with the pair (`南北将军级会谈`; `canonicalForms.ts` gives zhwiki's title).
 * The talks start a word of their own, and no state or pair before them says
 * they are someone else's (`朝美将军级会谈`), nor a count of meetings
 * (`13次将军级会谈`); without such a text they are anyone's talks and are left out.
 */
export function levelTalkCandidates(out: Emitter): void {
  const {text, at, starts, push} = out
  if (!koreanTalks.test(text)) return
  for (const match of text.matchAll(byLevel)) {
    const start = at(match.index)
    if (!starts.has(start)) continue
    const before = text.slice(Math.max(0, match.index - 8), match.index)
    if (ownedBy(before) || counted.test(before)) continue
    push(match.index, match[0], {type: 'Event', name: `${talkSeries.pair}${match[1]}${talkSeries.head}`}, false)
  }
}
