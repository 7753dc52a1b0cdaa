import type {Span} from './eventTypes.js'
import type {SentenceInput} from './readMeetingSentence.js'
import {copulas, heldVerbs, organFollowers, topicMarkers, withCues} from './vocabulary/cueWords.js'
import {type MeetingKind, type MeetingWord, meetingWords, summitModifiers} from './vocabulary/meetingWords.js'
import {pushTo} from '../core/collect.js'

export type MeetingVerb = Span & {word: string; kind: MeetingKind}

const quoted = /[《「“"][^》」”"]*[》」”"]/gu
const nounAfter =
  /^(中|时|時|前|后|後|的|期间|期間|上|之|一事|问题|問題|进程|進程|过后|過後|结束|結束|场所|場所|地点|地點|日程|结果|結果|内容|內容|成果|议题|議題|机制|機制|形式|代表|应该|應該|是|已经|已經|可能|能否|会持续|會持續|会在|會在)/u
const organAfter = new RegExp(`^(${organFollowers.join('|')})`, 'u')
const wordChar = /[A-Za-z]/

/** Whether a copula stands before the meeting word in its clause with no held-verb between (`这是首次首脑会议`, not `这是两国举行会谈`). */
function classed(text: string, verb: Span): boolean {
  const clause =
    text
      .slice(0, verb.start)
      .split(/[，,；;：:]/u)
      .at(-1) ?? ''
  const at = Math.max(...copulas.map((copula) => clause.lastIndexOf(copula)))
  return at !== -1 && !heldVerbs.some((held) => clause.slice(at).includes(held))
}

/**
 * Whether the meeting word is the topic of a phrase introduced by `就`/`关于`
 * (`就计划中的首脑会晤征求意见`), anywhere before it in its clause, with no
 * held-verb or with-cue between (`就核问题与乙会谈` tells talks).
 */
function topical(text: string, verb: Span): boolean {
  const clause =
    text
      .slice(0, verb.start)
      .split(/[，,；;：:]/u)
      .at(-1) ?? ''
  const at = Math.max(...topicMarkers.map((marker) => clause.lastIndexOf(marker)))
  return at !== -1 && ![...heldVerbs, ...withCues].some((word) => clause.slice(at).includes(word))
}

const nounBefore = /(的|为|為|筹备|籌備|就|关于|關於|有关|有關|对|對|商讨|商討|讨论|討論)([\p{Script=Han}]{0,6})$/u

/** Whether the words before a meeting word make it a noun (`就首脑会谈`, `举行的将军级会谈`), not its own predicate. */
function nominal(head: string, mentions: SentenceInput['mentions']): boolean {
  const match = nounBefore.exec(head)
  if (match === null || heldVerbs.some((verb) => match[2]!.includes(verb)) || withCues.some((cue) => match[2]!.includes(cue))) return false
  // `…的和平之家会晤`: the words after 的 are the place or the people of the meeting, not a noun phrase.
  return !(match[1] === '的' && mentions.some((mention) => mention.end === head.length && mention.start > match.index))
}

// The meeting words by their first UTF-16 unit, in the vocabulary's order: the scan of a sentence asks the few words that can
// start at a character, not all of them (the first in that order still wins).
const wordsByFirst = new Map<string, MeetingWord[]>()
for (const word of meetingWords) pushTo(wordsByFirst, word.word.charAt(0), word)

/** The meeting verbs of a sentence: not inside a name, a title or a quote, not used as a noun (`会谈中`, `会谈的日期`). */
export function verbsOf(input: SentenceInput): MeetingVerb[] {
  const blocked = new Array<boolean>(input.text.length).fill(false)
  for (const match of input.text.matchAll(quoted)) for (let at = match.index; at < match.index + match[0].length; at++) blocked[at] = true
  // A name is no verb, except a meeting's name that is said to be held (`第一次首脑会晤在平壤举行`, `在某地举行第4次首脑会谈`).
  const saidHeld = (mention: SentenceInput['mentions'][number]) =>
    mention.type === 'Event' && (/^((在|于|於)[^，。,]{0,16}(举行|舉行)|举行|舉行)/u.test(input.text.slice(mention.end)) || /(举行|舉行)了?$/u.test(input.text.slice(Math.max(0, mention.start - 3), mention.start)))
  for (const mention of input.mentions) if (mention.type !== 'Person' && !saidHeld(mention)) for (let at = mention.start; at < mention.end; at++) blocked[at] = true
  const verbs: MeetingVerb[] = []
  for (let at = 0; at < input.text.length; at++) {
    const found = wordsByFirst.get(input.text.charAt(at))?.find((word) => word.language === input.language && input.text.startsWith(word.word, at))
    if (!found || blocked[at]) continue
    const end = at + found.word.length
    if (input.language === 'en' && (wordChar.test(input.text[at - 1] ?? '') || wordChar.test(input.text[end] ?? ''))) continue
    if (input.language === 'zh' && (nounAfter.test(input.text.slice(end)) || organAfter.test(input.text.slice(end)))) continue
    if (input.language === 'zh' && (classed(input.text, {start: at, end}) || topical(input.text, {start: at, end}))) continue
    if (input.language === 'zh' && nominal(input.text.slice(0, at), input.mentions)) continue
    const before = input.text.slice(Math.max(0, at - 4), at)
    const kind = found.kind === 'talks' && summitModifiers.some((modifier) => before.endsWith(modifier)) ? 'summit' : found.kind
    verbs.push({start: at, end, word: found.word, kind})
    at = end - 1
  }
  return verbs
}
