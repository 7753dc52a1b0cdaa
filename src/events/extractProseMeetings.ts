import type {MeetingEvent, Span} from './eventTypes.js'
import {meetingIri} from './eventIri.js'
import {readMeetingSentence, type SentenceInput, type SentenceMeeting} from './readMeetingSentence.js'
import {datesOf, type DocumentView} from './textTools.js'

/** The sentences of a span: Chinese ones end at `。！？`, English ones at a full stop before a space. */
export function sentencesIn(view: DocumentView, span: Span): Span[] {
  const sentences: Span[] = []
  let start = span.start
  for (let offset = span.start; offset < span.end; offset++) {
    const character = view.characters[offset]!
    const stop = /[。！？!?；]/.test(character) || (character === '.' && /\s/.test(view.characters[offset + 1] ?? ' ') && !/^(Mr|Ms|Dr|St|[A-Z])$/.test(view.textOf({start: Math.max(start, offset - 2), end: offset}).trim()))
    if (stop || offset === span.end - 1) {
      if (view.textOf({start, end: offset + 1}).trim() !== '') sentences.push({start, end: offset + 1})
      start = offset + 1
    }
  }
  return sentences
}

/** A sentence of the document as the reader takes it (offsets relative to the sentence). */
export function sentenceInput(view: DocumentView, sentence: Span): SentenceInput {
  const relative = <T extends Span>(item: T): T => ({...item, start: item.start - sentence.start, end: item.end - sentence.start})
  return {
    text: view.textOf(sentence),
    mentions: view.mentionsIn(sentence).map(relative),
    times: view.timesIn(sentence).map(relative),
    language: view.language
  }
}

/**
 * The event of a meeting a sentence tells: its kind and status, its date
 * (held: `startDate`/`endDate` or an EDTF `date`; planned or called off:
 * `plannedDate` only), place, and the people the sentence makes take part,
 * each with the words it comes from. An unsaid subject is the page's person
 * when the page is about one, else it stays missing, with a warning.
 */
export function meetingOfSentence(view: DocumentView, sentence: Span, pageSubject: string | undefined): MeetingEvent | undefined {
  const meeting: SentenceMeeting | undefined = readMeetingSentence(sentenceInput(view, sentence))
  if (!meeting) return undefined
  const at = (span: Span): Span => ({start: span.start + sentence.start, end: span.end + sentence.start})
  const attendance: NonNullable<MeetingEvent['attendance']> = meeting.attendees.map((attendee) => ({name: attendee.name, span: at(attendee.span), from: 'mention' as const}))
  if (meeting.subjectUnsaid && pageSubject && !attendance.some((attendee) => attendee.name === pageSubject)) {
    attendance.unshift({name: pageSubject, span: sentence, from: 'page'})
  } else if (meeting.subjectUnsaid) {
    view.warnAt('The sentence tells a meeting but not who held it, and the page is about no person; the subject stays missing', sentence, 'meeting-subject-missing')
  }
  const text = view
    .textOf(sentence)
    .replace(/\\\d+\\\]/g, '')
    .trim()
  const held = meeting.status === 'held'
  const event: MeetingEvent = {
    id: '',
    kind: meeting.kind,
    status: meeting.status,
    name: text,
    ...(held ? datesOf(meeting.time.value) : {plannedDate: meeting.time.value}),
    ...(held && !/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/.test(meeting.time.value) ? {date: meeting.time.value} : {}),
    dateSpan: at(meeting.time),
    ...(meeting.place ? {location: {name: meeting.place.mention.name, within: meeting.place.within, span: at(meeting.place.mention)}} : {}),
    attendees: attendance.map((attendee) => attendee.name),
    attendance,
    roles: [],
    positions: [],
    outcomes: [],
    documents: [],
    evidence: [sentence],
    start: sentence.start
  }
  event.id = meetingIri(event) ?? ''
  return event.id ? event : undefined
}

/** Meetings told in running prose: every sentence of the paragraphs and list items that says one took place (or was planned). */
export function extractProseMeetings(view: DocumentView, pageSubject: string | undefined): MeetingEvent[] {
  const events: MeetingEvent[] = []
  for (const block of view.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'listItem') continue
    for (const sentence of sentencesIn(view, block)) {
      const event = meetingOfSentence(view, sentence, pageSubject)
      if (event) events.push(event)
    }
  }
  return events
}
