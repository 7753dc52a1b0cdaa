import type {EntityMention} from '../entities/entityTypes.js'
import type {TimeExpression} from '../time/timeTypes.js'
import type {Span} from './eventTypes.js'
import {cancelledCues, copulas, heldAfterAllCues, heldVerbs, organFollowers, plannedCues, statementCues, withCues} from './vocabulary/cueWords.js'
import {kindPriority, type MeetingKind, meetingWords, summitModifiers} from './vocabulary/meetingWords.js'
import {laterAttendees} from './laterAttendees.js'
import {attendeesOf, clauseEndAfter, placeOf} from './sentenceParts.js'

/** A sentence with what the earlier stages found in it (offsets relative to the sentence). */
export interface SentenceInput {
  text: string
  mentions: Array<Pick<EntityMention, 'start' | 'end' | 'type' | 'name'>>
  times: Array<Pick<TimeExpression, 'start' | 'end' | 'value'>>
  language: 'zh' | 'en'
}

/** What a sentence says about one meeting (offsets relative to the sentence). */
export interface SentenceMeeting {
  kind: MeetingKind
  status: 'held' | 'planned' | 'cancelled'
  verb: Span & {word: string}
  time: SentenceInput['times'][number]
  place?: {mention: SentenceInput['mentions'][number]; within: string[]}
  attendees: Array<{name: string; span: Span}>
  /** The subject is left unsaid (`陪同某人赴某地…`, `他出席…`): the page's person. */
  subjectUnsaid: boolean
}

const quoted = /[《「“"][^》」”"]*[》」”"]/gu
const nounAfter = /^(中|时|時|前|后|後|的|期间|期間|上|之|一事|问题|問題|进程|進程|过后|過後|结束|結束|场所|場所|地点|地點|日程|结果|結果|内容|內容|成果|议题|議題|机制|機制|形式|代表|应该|應該|是|已经|已經|可能|能否|会持续|會持續|会在|會在)/u
const organAfter = new RegExp(`^(${organFollowers.join('|')})`, 'u')
const wordChar = /[A-Za-z]/

/** Whether a copula stands before the meeting word in its clause with no held-verb between (`这是首次首脑会议`, not `这是两国举行会谈`). */
function classed(text: string, verb: Span): boolean {
  const clause = text.slice(0, verb.start).split(/[，,；;：:]/u).at(-1) ?? ''
  const at = Math.max(...copulas.map((copula) => clause.lastIndexOf(copula)))
  return at !== -1 && !heldVerbs.some((held) => clause.slice(at).includes(held))
}

/**
 * Whether a statement cue stands before the meeting word and after the time:
 * the sentence says that someone said, announced or reported something, and
 * its time is the statement's (or another predicate's), not the meeting's.
 */
function onlyStated(input: SentenceInput, verb: Span, time: Span): boolean {
  const lower = input.text.toLowerCase()
  return statementCues.some((cue) => {
    for (let at = lower.indexOf(cue); at !== -1 && at < verb.start; at = lower.indexOf(cue, at + 1)) {
      const said = at + cue.length
      // The statement reports a dated meeting only when the time lies between it and the meeting word.
      if (!(time.start >= said && time.end <= verb.start)) return true
    }
    return false
  })
}

const nounBefore = /(的|为|為|筹备|籌備|就|关于|關於|有关|有關|对|對|商讨|商討|讨论|討論)([\p{Script=Han}]{0,6})$/u

/** Whether the words before a meeting word make it a noun (`就首脑会谈`, `举行的将军级会谈`), not its own predicate. */
function nominal(head: string, mentions: SentenceInput['mentions']): boolean {
  const match = nounBefore.exec(head)
  if (match === null || heldVerbs.some((verb) => match[2]!.includes(verb)) || withCues.some((cue) => match[2]!.includes(cue))) return false
  // `…的和平之家会晤`: the words after 的 are the place or the people of the meeting, not a noun phrase.
  return !(match[1] === '的' && mentions.some((mention) => mention.end === head.length && mention.start > match.index))
}

/** The meeting verbs of a sentence: not inside a name, a title or a quote, not used as a noun (`会谈中`, `会谈的日期`). */
function verbsOf(input: SentenceInput): Array<Span & {word: string; kind: MeetingKind}> {
  const blocked = new Array<boolean>(input.text.length).fill(false)
  for (const match of input.text.matchAll(quoted)) for (let at = match.index; at < match.index + match[0].length; at++) blocked[at] = true
  // A name is no verb, except a meeting's name that is said to be held (`第一次首脑会晤在平壤举行`).
  const saidHeld = (mention: SentenceInput['mentions'][number]) => mention.type === 'Event' && /^((在|于|於)[^，。,]{0,16}(举行|舉行)|举行|舉行)/u.test(input.text.slice(mention.end))
  for (const mention of input.mentions) if (mention.type !== 'Person' && !saidHeld(mention)) for (let at = mention.start; at < mention.end; at++) blocked[at] = true
  const verbs: Array<Span & {word: string; kind: MeetingKind}> = []
  for (let at = 0; at < input.text.length; at++) {
    const found = meetingWords.find((word) => word.language === input.language && input.text.startsWith(word.word, at))
    if (!found || blocked[at]) continue
    const end = at + found.word.length
    if (input.language === 'en' && (wordChar.test(input.text[at - 1] ?? '') || wordChar.test(input.text[end] ?? ''))) continue
    if (input.language === 'zh' && (nounAfter.test(input.text.slice(end)) || organAfter.test(input.text.slice(end)))) continue
    if (input.language === 'zh' && classed(input.text, {start: at, end})) continue
    if (input.language === 'zh' && nominal(input.text.slice(0, at), input.mentions)) continue
    const before = input.text.slice(Math.max(0, at - 4), at)
    const kind = found.kind === 'talks' && summitModifiers.some((modifier) => before.endsWith(modifier)) ? 'summit' : found.kind
    verbs.push({start: at, end, word: found.word, kind})
    at = end - 1
  }
  return verbs
}

/**
 * The meeting a sentence says took place (or was planned, or called off):
 * the verb of the highest kind, the time expression nearest before it (else
 * after), the place its coverb names, and as attendees only the people the
 * sentence makes subject, counterpart or company. No time, no meeting.
 */
export function readMeetingSentence(input: SentenceInput): SentenceMeeting | undefined {
  const verbs = verbsOf(input)
  if (verbs.length === 0) return undefined
  const datable = input.times.filter((time) => /^\d{4}-\d{2}/.test(time.value))
  // A time after the verb dates it only in the verb's own clause (`峰会将于3月3日举行`), not another predicate's.
  const timeOf = (verb: Span) => [...datable].reverse().find((candidate) => candidate.end <= verb.start) ??
    datable.find((candidate) => candidate.start >= verb.end && candidate.end <= clauseEndAfter(input, verb.end))
  // The verb of the highest kind that has a time of its own (`第5次会晤、同年第3次会晤於9月18日…舉行`: the second).
  const ranked = [...verbs].sort((a, b) => kindPriority.indexOf(a.kind) - kindPriority.indexOf(b.kind) || a.start - b.start)
  const verb = ranked.find((candidate) => timeOf(candidate) !== undefined)
  const time = verb ? timeOf(verb) : undefined
  if (!verb || !time || onlyStated(input, verb, time)) return undefined
  const head = input.text.slice(0, verb.start)
  const clauseAfter = input.text.slice(verb.end, clauseEndAfter(input, verb.end))
  const lower = input.text.toLowerCase()
  const cancelled = cancelledCues.some((cue) => lower.includes(cue)) && !heldAfterAllCues.some((cue) => input.text.includes(cue))
  // Planned: a cue before the verb, or after it in its clause (`峰会将于6月12日举行`).
  const scope = head + input.text.slice(verb.start, verb.end) + clauseAfter
  const planned = plannedCues.some((cue) => input.language === 'en' ? new RegExp(`\\b${cue}\\b`).test(scope) : scope.includes(cue))
  const said = attendeesOf(input, verb)
  const {subjectUnsaid} = said
  const attendees = said.attendees.length > 0 || subjectUnsaid ? said.attendees : laterAttendees(input, verb, verbs)
  const place = placeOf(input, verb)
  if (attendees.length === 0 && !place && !subjectUnsaid) return undefined
  // A stay that spans days and travels (`访问`, `抵达`, `飞`) is a visit, the meeting in it not dated on its own.
  const travels = /(访问|訪問|抵达|抵達|飞|飛|前往|来到|來到|赴)/u.test(input.text) && time.value.includes('/')
  // A planned meeting is dated by the time its clause plans it for (`将于6月12日举行`), when it gives one.
  const plannedFor = planned || cancelled ? datable.find((candidate) => candidate.start >= verb.end && candidate.end <= verb.end + clauseAfter.length) : undefined
  return {
    kind: travels && (verb.kind === 'talks' || verb.kind === 'summit') ? 'visit' : verb.kind,
    status: cancelled ? 'cancelled' : planned ? 'planned' : 'held',
    verb: {start: verb.start, end: verb.end, word: verb.word},
    time: plannedFor ?? time,
    ...(place ? {place} : {}),
    attendees,
    subjectUnsaid
  }
}
