import type {Span} from './eventTypes.js'
import type {SentenceInput} from './readMeetingSentence.js'
import {attendeesOf} from './sentenceParts.js'
import {collectiveSubjects, heldVerbs} from './vocabulary/cueWords.js'
import type {MeetingKind} from './vocabulary/meetingWords.js'

type Verb = Span & {kind: MeetingKind}

/** A summit and talks are one meeting whatever the words (as in the meeting's identity). */
const sameClass = (a: MeetingKind, b: MeetingKind) => a === b || ((a === 'summit' || a === 'talks') && (b === 'summit' || b === 'talks'))
const collective = new RegExp(`(${collectiveSubjects.join('|')})`, 'iu')
const clauseBreak = /[，,；;：:]/u

/**
 * The people of a meeting whose own clause names none, from a later clause
 * of the same sentence that says who took part:
 * - when the meeting itself is the subject, said to be held (`首脑会晤在某地
 *   举行，甲与乙举行会谈`), a later verb of the same meeting: the subject and
 *   counterparts of that verb (in other sentences a later verb may tell
 *   another meeting: `代表团举行会谈，甲随后会见了乙`);
 * - else, when the meeting's subject is a collective (`双方`, `两国`, `two
 *   leaders`), the very next clause, when it names a subject and a counterpart
 *   joined to it (`甲与乙牵手…`): the two it stands for.
 * Anyone else named nearby stays out.
 */
export function laterAttendees(input: SentenceInput, verb: Verb, verbs: Verb[]): Array<{name: string; span: Span}> {
  const breaks = [...input.text.matchAll(new RegExp(clauseBreak, 'gu'))].map((match) => match.index)
  const clauseEnd = breaks.find((at) => at >= verb.end)
  const rest = input.text.slice(verb.end, clauseEnd ?? input.text.length)
  const saidHeld = heldVerbs.some((held) => rest.includes(held))
  for (const other of saidHeld ? verbs : []) {
    if (other.start < verb.end || !sameClass(verb.kind, other.kind)) continue
    const found = attendeesOf(input, other)
    if (found.attendees.length > 0) return found.attendees
  }
  const clauseStart = breaks.filter((at) => at < verb.start).at(-1) ?? -1
  if (clauseEnd === undefined || !collective.test(input.text.slice(clauseStart + 1, verb.start))) return []
  const nextEnd = breaks.find((at) => at > clauseEnd) ?? input.text.length
  const next = {start: clauseEnd + 1, end: nextEnd}
  const people = input.mentions.filter((mention) => mention.type === 'Person' && mention.start >= next.start && mention.end <= next.end)
  if (people.length !== 2) return []
  const between = input.text.slice(people[0]!.end, people[1]!.start)
  // `甲与乙`: a subject and the counterpart joined to it, with at most a title between.
  if (!/^[与與和同及]/u.test(between) && !/^ (and|with) /u.test(between)) {
    if (!/[与與和同]/u.test(between) || between.length > 12) return []
  }
  return people.map((mention) => ({name: mention.name, span: {start: mention.start, end: mention.end}}))
}
