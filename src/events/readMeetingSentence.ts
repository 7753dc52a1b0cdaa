import type {EntityMention} from '../entities/entityTypes.js'
import type {TimeExpression} from '../time/timeTypes.js'
import type {Span} from './eventTypes.js'
import {cancelledCues, heldAfterAllCues, plannedCues, statementCues} from './vocabulary/cueWords.js'
import {kindPriority, type MeetingKind} from './vocabulary/meetingWords.js'
import {type MeetingVerb, verbsOf} from './meetingVerbs.js'
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

/**
 * Whether a statement cue stands before the meeting word and after the time:
 * the sentence says that someone said, announced or reported something, and
 * its time is the statement's (or another predicate's), not the meeting's.
 */
function onlyStated(input: SentenceInput, verb: Span, time: Span): boolean {
  const lower = input.text.toLowerCase()
  return statementCues.some((cue) => {
    for (let at = lower.indexOf(cue); at !== -1 && at < verb.start; at = lower.indexOf(cue, at + 1)) {
      // The statement reports a dated meeting only when the time is part of what is said (after the cue).
      if (time.start < at + cue.length) return true
    }
    return false
  })
}

/**
 * The meeting a sentence says took place (or was planned, or called off):
 * the verb of the highest kind that has a time and says who or where (a
 * meeting word that tells neither yields to the next: `甲与乙会面，…同意举行
 * 首脑会谈`), the time expression nearest before it (else after it in its
 * clause; for a plan, anywhere after it), the place its coverb names, and as
 * attendees only the people the sentence makes subject, counterpart or
 * company. No time, no meeting; a time that dates a statement about the
 * meeting (`宣布`, `报导`, `根据`) is no date of it.
 */
export function readMeetingSentence(input: SentenceInput): SentenceMeeting | undefined {
  const verbs = verbsOf(input)
  const ranked = [...verbs].sort((a, b) => kindPriority.indexOf(a.kind) - kindPriority.indexOf(b.kind) || a.start - b.start)
  for (const verb of ranked) {
    const meeting = readWith(input, verb, verbs)
    if (meeting) return meeting
  }
  return undefined
}

function readWith(input: SentenceInput, verb: MeetingVerb, verbs: MeetingVerb[]): SentenceMeeting | undefined {
  const datable = input.times.filter((time) => /^\d{4}-\d{2}/.test(time.value))
  const head = input.text.slice(0, verb.start)
  const clauseAfter = input.text.slice(verb.end, clauseEndAfter(input, verb.end))
  const lower = input.text.toLowerCase()
  const cancelled = cancelledCues.some((cue) => lower.includes(cue)) && !heldAfterAllCues.some((cue) => input.text.includes(cue))
  // Planned: a cue before the verb, or after it in its clause (`峰会将于6月12日举行`).
  const scope = head + input.text.slice(verb.start, verb.end) + clauseAfter
  // A cue that modifies another noun (`计划中的峰会`: the planned summit) plans nothing of this meeting.
  const planned = plannedCues.some((cue) => (input.language === 'en' ? new RegExp(`\\b${cue}\\b`).test(scope) : [...scope.matchAll(new RegExp(cue, 'gu'))].some((match) => !/^中?的/u.test(scope.slice(match.index + cue.length)))))
  // A time after the verb dates it in the verb's own clause (`峰会将于3月3日举行`), not another predicate's;
  // a plan's day may follow in a later clause (`表示有意访问某地，…并将日程定在7月25日`).
  const after = datable.filter((candidate) => candidate.start >= verb.end)
  const inClause = after.find((candidate) => candidate.end <= verb.end + clauseAfter.length)
  const plannedFor = planned || cancelled ? (inClause ?? (planned ? after[0] : undefined)) : undefined
  const time = plannedFor ?? [...datable].reverse().find((candidate) => candidate.end <= verb.start) ?? inClause
  if (!time || onlyStated(input, verb, time)) return undefined
  const said = attendeesOf(input, verb)
  const {subjectUnsaid} = said
  const named = said.attendees.length > 0 || subjectUnsaid ? said.attendees : laterAttendees(input, verb, verbs)
  // `甲取消了乙访问某地的计划`: the one who calls a meeting off before its verb is no attendee when others are named after the cue.
  const cue = cancelled ? Math.max(...cancelledCues.map((word) => lower.slice(0, verb.start).lastIndexOf(word))) : -1
  const attendees = cue !== -1 && named.some((person) => person.span.start > cue) ? named.filter((person) => person.span.start > cue) : named
  const place = placeOf(input, verb)
  if (attendees.length === 0 && !place && !subjectUnsaid) return undefined
  // A stay that spans days and travels (`访问`, `抵达`, `飞`) is a visit, the meeting in it not dated on its own.
  const travels = /(访问|訪問|抵达|抵達|飞|飛|前往|来到|來到|赴)/u.test(input.text) && time.value.includes('/')
  return {
    kind: travels && (verb.kind === 'talks' || verb.kind === 'summit') ? 'visit' : verb.kind,
    status: cancelled ? 'cancelled' : planned ? 'planned' : 'held',
    verb: {start: verb.start, end: verb.end, word: verb.word},
    time,
    ...(place ? {place} : {}),
    attendees,
    subjectUnsaid
  }
}
