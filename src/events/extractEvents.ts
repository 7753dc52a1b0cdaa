import type {VFile} from 'vfile'
import {entityIri} from '../entities/extractEntities.js'
import {documentIri} from '../jsonld/context.js'
import type {MeetingEvent} from './eventTypes.js'
import {extractDatedLines} from './extractDatedLines.js'
import {extractEnglishRounds} from './extractEnglishRounds.js'
import {extractProseMeetings} from './extractProseMeetings.js'
import {mergeEvents} from './mergeEvents.js'
import {extractPageEvent, extractSummits} from './extractSummits.js'
import {extractTalks} from './extractTalks.js'
import {extractTrips} from './extractTrips.js'
import {DocumentView} from './textTools.js'

/**
 * Meetings, summits, trips and dated events (`file.data.events`), from the
 * structure of the document and what the time and entity stages found:
 * series, rounds and sessions of talks with their delegations; summits named
 * by headings; trips headed by a date and a place; the dated lines of a
 * chronology; meetings told in running prose; rounds of talks told in English.
 */
export default function extractEvents() {
  return function (_tree: unknown, file: VFile) {
    const view = new DocumentView(file)
    const id = documentIri(file.data.stem ?? 'document')
    const title = file.data.meta?.title
    const series = title
      ? ((file.data.entities ?? []).find((entity) => entity.type === 'Event' && entity.name === title) ?? (file.data.entities ?? []).find((entity) => entity.type === 'Event' && entity.alternateNames.includes(title)))
      : undefined
    // A page whose lead dates the meeting its title names is about that one meeting;
    // otherwise a titled event is a series the page's meetings belong to.
    const page = series ? extractPageEvent(view, title, series.name) : undefined
    const seriesId = series && !page ? entityIri(series.name) : undefined
    const talks = [...extractTalks(view, series?.name ?? title, seriesId), ...extractEnglishRounds(view)]
    const taken = new Set(talks.map((event) => event.start))
    const subject = title ? (file.data.entities ?? []).find((entity) => entity.type === 'Person' && (entity.name === title || entity.alternateNames.includes(title)))?.name : undefined
    // Readings in order of authority: structure first (its names win), then prose.
    const events: MeetingEvent[] = [...talks, ...extractSummits(view, seriesId, taken), ...extractTrips(view, id), ...extractDatedLines(view, id), ...extractProseMeetings(view, subject)]
    if (page) events.unshift(page)
    else if (seriesId && series && events.some((event) => event.superEvent === seriesId)) {
      events.unshift({id: seriesId, kind: 'series', name: series.name, attendees: [], roles: [], positions: [], outcomes: [], documents: [], evidence: [], start: 0})
    }
    // One event per IRI: the readings of one meeting are merged.
    file.data.events = mergeEvents(events).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
  }
}
