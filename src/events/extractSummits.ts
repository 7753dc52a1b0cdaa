import type {TextBlock} from '../core/types.js'
import type {EntityMention} from '../entities/entityTypes.js'
import type {TimeExpression} from '../time/timeTypes.js'
import type {MeetingEvent} from './eventTypes.js'
import {entityIri} from '../entities/extractEntities.js'
import {datesOf, type DocumentView, within} from './textTools.js'

const held = /^(举行|舉行|会晤|會晤|会谈|會談|会面|會面|举办|舉辦)/

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
 * The most specific place of a sentence: the last place or city the meeting
 * is held at (`在平壤举行`, `板门店的和平之家举行`), inside the places named
 * before it.
 */
export function placeOf(view: DocumentView, sentence: {start: number; end: number}): MeetingEvent['location'] {
  const places = view.mentionsIn(sentence).filter((mention) => mention.type === 'Place' || mention.type === 'City')
  const venues = places.filter((mention) =>
    held.test(view.textOf({start: mention.end, end: Math.min(sentence.end, mention.end + 3)})) ||
    /[在於于到]$/.test(view.textOf({start: mention.start - 1, end: mention.start})))
  const last = venues[venues.length - 1]
  if (!last) return undefined
  const containers = view.mentionsIn({start: sentence.start, end: last.start}).filter((mention: EntityMention) => /Country|City|Place/.test(mention.type) && mention.name !== last.name)
  return {name: last.name, within: [...new Set(containers.map((mention) => mention.name))]}
}

const meetingVerb = /(会谈|会晤|會談|會晤|访问|訪問|会面|會面|峰会|峰會|握手)/
const planned = /(即将|即將|计划|計劃|将于|將於|准备|準備)/

/**
 * The leaders a summit's paragraph names as taking part: those of the dated
 * sentence and of the paragraph's later sentences about meeting — not those
 * it recalls (`金正日亦於2011年去世`) or plans.
 */
function attendeesOf(view: DocumentView, paragraph: TextBlock | undefined, dated: {start: number; end: number} | undefined): string[] {
  if (!paragraph || !dated) return []
  const sentences = sentencesOf(view, paragraph).filter((sentence) =>
    (sentence.start <= dated.start && dated.end <= sentence.end) ||
    (sentence.start >= dated.end && meetingVerb.test(view.textOf(sentence)) && !planned.test(view.textOf(sentence))))
  return [...new Set(sentences.flatMap((sentence) => view.mentionsIn(sentence)).filter((mention) => mention.type === 'Person').map((mention) => mention.name))]
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

function readSummit(view: DocumentView, name: string, heading: string, headingTime: TimeExpression | undefined, section: {start: number; end: number}, start: number, seriesId: string | undefined): MeetingEvent | undefined {
  {
    const days = view.timesIn(section).filter((time) => /^\d{4}-\d{2}-\d{2}/.test(time.value) && (!headingTime || within(time.value, headingTime.value)))
    const day = headingTime && /^\d{4}-\d{2}-\d{2}/.test(headingTime.value) ? headingTime : days[0]
    if (!day) return undefined
    const sentence = sentencesOf(view, section).find((candidate) => candidate.start <= day.start && day.end <= candidate.end)
    const paragraph = view.blocks.find((block: TextBlock) => block.start <= day.start && day.end <= block.end)
    const event: MeetingEvent = {
      id: '',
      kind: 'summit',
      name,
      description: heading,
      ...datesOf(day.value),
      ...(sentence && placeOf(view, sentence) ? {location: placeOf(view, sentence)!} : {}),
      ...(seriesId && seriesId !== '' ? {superEvent: seriesId} : {}),
      attendees: attendeesOf(view, paragraph, day),
      roles: [],
      positions: [],
      outcomes: [],
      documents: [...new Set(view.mentionsIn(section).filter((mention) => mention.type === 'Legislation').map((mention) => mention.name))],
      start
    }
    // The event the heading names is the entity of that name: one node carries both.
    event.id = entityIri(event.name)
    return event
  }
}
