import type {MeetingEvent} from './eventTypes.js'
import {meetingIri} from './eventIri.js'
import {sentencesOf} from './extractSummits.js'
import {datesOf, type DocumentView, within} from './textTools.js'

const meeting = /(会晤|會晤|会谈|會談|会面|會面|峰会|峰會|谈话|談話|握手|会见|會見)/
const planned = /(即将|即將|计划|計劃|将于|將於|之前|准备|準備)/

/**
 * Trips: blocks headed `2018年3月：北京` (a date, a colon, a place). The day is
 * that of the block's sentence naming the heading's place, else its first
 * dated sentence (relative dates count: `次日`); the people named in its
 * sentences about meeting (not about plans) are the attendees, and those
 * other than the traveller (the person the whole page names most) are the
 * counterparts met.
 */
export function extractTrips(view: DocumentView, documentId: string): MeetingEvent[] {
  const counts = new Map<string, number>()
  for (const mention of view.mentions) if (mention.type === 'Person') counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1)
  const traveller = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]
  const events: MeetingEvent[] = []
  const headings = view.blocks.filter((block) => block.kind === 'heading')
  for (const [index, heading] of headings.entries()) {
    const time = view.timesIn(heading)[0]
    const text = view.textOf(heading)
    if (!time || time.start !== heading.start || !/^[：:]/.test(view.textOf({start: time.end, end: time.end + 1}))) continue
    const places = view.mentionsIn({start: time.end, end: heading.end}).filter((mention) => /Country|City|Place/.test(mention.type))
    const next = headings[index + 1]
    const body = {start: heading.end, end: next ? next.start : view.characters.length}
    const days = view.timesIn(body).filter((candidate) => /^\d{4}-\d{2}-\d{2}/.test(candidate.value) && within(candidate.value, time.value))
    const sentences = sentencesOf(view, body)
    const placeNames = new Set(places.map((place) => place.name))
    const inPlaceSentence = days.find((day) => {
      const sentence = sentences.find((candidate) => candidate.start <= day.start && day.end <= candidate.end)
      return sentence && view.mentionsIn(sentence).some((mention) => placeNames.has(mention.name))
    })
    const day = inPlaceSentence ?? days[0]
    // People met: those named in a sentence about meeting, not in one about a plan.
    const meetingSentences = sentences.filter((sentence) => meeting.test(view.textOf(sentence)) && !planned.test(view.textOf(sentence)))
    const named = meetingSentences.flatMap((sentence) => view.mentionsIn(sentence)).filter((mention) => mention.type === 'Person')
    const people = [...new Set(named.map((mention) => mention.name))]
    if (traveller && !people.includes(traveller)) people.unshift(traveller)
    const travellerMention = view.mentionsIn(body).find((mention) => mention.name === traveller)
    const attendance = people.flatMap((person) => {
      const mention = named.find((candidate) => candidate.name === person) ?? (person === traveller ? travellerMention : undefined)
      return mention ? [{name: person, span: {start: mention.start, end: mention.end}, from: 'mention' as const}] : []
    })
    const place = places[places.length - 1]
    const sentence = day ? sentences.find((candidate) => candidate.start <= day.start && day.end <= candidate.end) : undefined
    const event: MeetingEvent = {
      id: '',
      kind: 'visit',
      name: text,
      description: text,
      ...(day ? datesOf(day.value) : {}),
      ...(place ? {location: {name: place.name, within: [], span: {start: place.start, end: place.end}}} : {}),
      attendees: attendance.map((attendee) => attendee.name),
      attendance,
      roles: [],
      positions: [],
      outcomes: [],
      documents: [],
      ...(day ? {dateSpan: {start: day.start, end: day.end}} : {}),
      evidence: [{start: heading.start, end: heading.end}, ...(sentence ? [sentence] : [])],
      start: heading.start
    }
    event.id = meetingIri(event) ?? `${documentId}#event-${heading.start}`
    if (traveller) event.counterparts = people.filter((person) => person !== traveller)
    events.push(event)
  }
  return events
}
