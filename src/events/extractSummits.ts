import type {TimeExpression} from '../time/timeTypes.js'
import type {MeetingEvent} from './eventTypes.js'
import {entityIri} from '../entities/extractEntities.js'
import {meetingIri} from './eventIri.js'
import {meetingWords, summitModifiers} from './vocabulary/meetingWords.js'
import {meetingOfSentence} from './extractProseMeetings.js'
import {datesOf, type DocumentView, within} from './textTools.js'

/** The sentences of a span, with their offsets. */
export function sentencesOf(view: DocumentView, span: {start: number; end: number}): Array<{start: number; end: number}> {
  const sentences: Array<{start: number; end: number}> = []
  let start = span.start
  for (let offset = span.start; offset < span.end; offset++) {
    if (/[。！？!?]/.test(view.characters[offset]!) || offset === span.end - 1) {
      sentences.push({start, end: offset + 1})
      start = offset + 1
    }
  }
  return sentences
}

/**
 * Summits: sections whose heading names an event (`2007年南北首脑会谈`). Their
 * day comes from the heading or, within its month, from the section's first
 * dated sentence, which also gives the place (as specific as it says) and
 * the leaders it names; declarations signed are the documents of the section.
 */
export function extractSummits(view: DocumentView, seriesId: string | undefined, taken: Set<number>): MeetingEvent[] {
  const events: MeetingEvent[] = []
  const headings = view.blocks.filter((block) => block.kind === 'heading')
  for (const [index, heading] of headings.entries()) {
    if (taken.has(heading.start)) continue
    const named = view.mentionsIn(heading).find((mention) => mention.type === 'Event' && mention.end - mention.start >= (heading.end - heading.start) * 0.6)
    if (!named) continue
    const next = headings.slice(index + 1).find((other) => (other.depth ?? 0) <= (heading.depth ?? 0))
    const section = {start: heading.end, end: next ? next.start : view.characters.length}
    const event = readSummit(view, named.name, view.textOf(heading), view.timesIn(heading)[0], section, heading.start, seriesId)
    if (event) events.push(event)
  }
  return events
}

/**
 * A page about one meeting (its title names an event and no section already
 * reads it): the meeting is read from the lead, the text before the first
 * heading.
 */
export function extractPageEvent(view: DocumentView, title: string | undefined, name: string | undefined): MeetingEvent | undefined {
  if (!title || !name) return undefined
  const firstHeading = view.blocks.find((block) => block.kind === 'heading')
  const lead = {start: 0, end: firstHeading ? firstHeading.start : view.characters.length}
  return readSummit(view, name, title, undefined, lead, 0, undefined)
}

/** What a named event is, by the meeting words of its name (`…首脑会谈` a summit); a name without one is no meeting. */
function kindOfName(name: string): MeetingEvent['kind'] {
  const word = meetingWords.find((candidate) => candidate.language === 'zh' && name.includes(candidate.word))
  if (!word) return 'dated'
  return word.kind === 'talks' && summitModifiers.some((modifier) => name.includes(modifier)) ? 'summit' : word.kind
}

function readSummit(view: DocumentView, name: string, heading: string, headingTime: TimeExpression | undefined, section: {start: number; end: number}, start: number, seriesId: string | undefined): MeetingEvent | undefined {
  const days = view.timesIn(section).filter((time) => /^\d{4}-\d{2}-\d{2}/.test(time.value) && (!headingTime || within(time.value, headingTime.value)))
  const day = headingTime && /^\d{4}-\d{2}-\d{2}/.test(headingTime.value) ? headingTime : days[0]
  if (!day) return undefined
  const sentence = sentencesOf(view, section).find((candidate) => candidate.start <= day.start && day.end <= candidate.end)
  // Who took part and where: what the dated sentence says, never everyone the section names.
  const told = sentence ? meetingOfSentence(view, sentence, undefined) : undefined
  const place = told?.location
  const kind = kindOfName(name)
  // A named event that is no meeting (an attack, a crisis) has no attendees: its people are what it is about.
  const took = told?.status === 'held' && kind !== 'dated' ? told : undefined
  const event: MeetingEvent = {
    id: '',
    kind,
    name,
    namedEntity: entityIri(name),
    description: heading,
    ...datesOf(day.value),
    dateSpan: {start: day.start, end: day.end},
    ...(place ? {location: place} : {}),
    ...(seriesId ? {superEvent: seriesId} : {}),
    attendees: took?.attendees ?? [],
    ...(took ? {attendance: took.attendance ?? []} : {}),
    ...(kind === 'dated' && told ? {about: told.attendees} : {}),
    roles: [],
    positions: [],
    outcomes: [],
    documents: [
      ...new Set(
        view
          .mentionsIn(section)
          .filter((mention) => mention.type === 'Legislation')
          .map((mention) => mention.name)
      )
    ],
    evidence: [...(view.textOf({start, end: start + [...heading].length}) === heading ? [{start, end: start + [...heading].length}] : []), ...(sentence ? [sentence] : [])],
    start
  }
  event.id = (event.kind === 'dated' ? undefined : meetingIri(event)) ?? entityIri(name)
  return event
}
