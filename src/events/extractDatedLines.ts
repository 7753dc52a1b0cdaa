import type {Section} from '../core/types.js'
import type {MeetingEvent} from './eventTypes.js'
import {datesOf, type DocumentView} from './textTools.js'

/**
 * A chronology: a section most of whose paragraphs (at least five) start with
 * a date, and are short, as timeline lines are. Each dated line is an event: its date, the people and the place it
 * names (a place right after `在`/`于`): a dated statement, about its people.
 */
export function extractDatedLines(view: DocumentView, documentId: string): MeetingEvent[] {
  const events: MeetingEvent[] = []
  const flat = (section: Section): Section[] => [section, ...section.children.flatMap(flat)]
  const sections = (view.file.data.sections ?? []).flatMap(flat)
  const seen = new Set<number>()
  // The first expression starting at each offset: a search of all of them per paragraph was quadratic.
  const timeAt = new Map<number, (typeof view.times)[number]>()
  for (const time of view.times) if (!timeAt.has(time.start)) timeAt.set(time.start, time)
  for (const section of sections) {
    const paragraphs = view.blocksIn(section).filter((block) => block.kind === 'paragraph')
    const dated = paragraphs.filter((block) => timeAt.has(block.start))
    if (dated.length < 5 || dated.length < paragraphs.length * 0.6) continue
    // Chronology lines are short; prose that starts its paragraphs with dates is not a chronology.
    const lengths = dated.map((block) => block.end - block.start).sort((a, b) => a - b)
    if (lengths[Math.floor(lengths.length / 2)]! > 80) continue
    for (const block of dated) {
      if (seen.has(block.start)) continue
      seen.add(block.start)
      const time = timeAt.get(block.start)!
      const line = view.textOf(block)
      const rest = view
        .textOf({start: time.end, end: block.end})
        .replace(/^[\s，,：:]+/, '')
        .trim()
      const mentions = view.mentionsIn(block)
      const place = mentions.find((mention) => /City|Place/.test(mention.type) && /[在于於]$/.test(view.textOf({start: mention.start - 1, end: mention.start})))
      const event: MeetingEvent = {
        id: `${documentId}#event-${block.start}`,
        kind: 'dated',
        name: rest || line,
        description: line,
        ...datesOf(time.value),
        date: time.value,
        ...(place ? {location: {name: place.name, within: []}} : {}),
        // A dated statement is about its people; it is a meeting only when its sentence says one took place (prose reader).
        attendees: [],
        about: [...new Set(mentions.filter((mention) => mention.type === 'Person').map((mention) => mention.name))],
        roles: [],
        positions: [],
        outcomes: [],
        documents: [...new Set(mentions.filter((mention) => mention.type === 'Legislation').map((mention) => mention.name))],
        dateSpan: {start: time.start, end: time.end},
        evidence: [{start: block.start, end: block.end}],
        start: block.start
      }
      events.push(event)
    }
  }
  return events
}
