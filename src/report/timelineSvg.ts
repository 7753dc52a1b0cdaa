import {html, type Html} from './html.js'
import type {Meeting} from './groupMeetings.js'
import {extent} from '../core/collect.js'

/** Width of one year in SVG units: the zoom shows one year across the view. */
const yearWidth = 240
const laneHeight = 20
const top = 34
const margin = 16

/** Fraction of its year a `YYYY[-MM[-DD]]` day lies at. */
function yearFraction(day: string): number {
  const [, month = '1', date = '1'] = day.split('-')
  return (Number(month) - 1) / 12 + (Number(date) - 1) / 372
}

/** Shape by kind of meeting, so the kind is not told by colour alone. */
function shape(meeting: Meeting): Html {
  const kind = meeting.events[0]?.kind ?? 'event'
  if (kind === 'trip') return html`<rect class="mk mk-trip" x="-6" y="-6" width="12" height="12"></rect>`
  if (kind === 'dated') return html`<path class="mk mk-dated" d="M0 -7L7 0L0 7L-7 0Z"></path>`
  return html`<circle class="mk mk-talk" r="7"></circle>`
}

/** The sources a meeting's mark lists: record stems, one each. */
export function sourcesOf(meeting: Meeting): string[] {
  return [...new Set(meeting.events.map((event) => event.stem))].sort()
}

/**
 * The meetings on a year axis. Marks that would touch go to the next lane
 * down. Each mark is a link to its meeting page, drawn at the origin and
 * moved by its `transform`, so the zoom script only recomputes x from
 * `data-start` (lanes stay valid: zooming in only spreads marks apart).
 */
export function timelineSvg(meetings: Meeting[], hrefOf: (meeting: Meeting) => string): Html {
  const dated = meetings.filter((meeting) => meeting.onTimeline && meeting.start)
  const years = dated.map((meeting) => Number(meeting.start!.slice(0, 4)))
  const [first, last] = extent(years)
  const lanesEnd: number[] = []
  const marks = dated.map((meeting) => {
    const day = meeting.start!
    const x = margin + (Number(day.slice(0, 4)) - first + yearFraction(day)) * yearWidth
    let lane = lanesEnd.findIndex((end) => end < x - 16)
    if (lane < 0) lane = lanesEnd.length
    lanesEnd[lane] = x
    return {meeting, x, y: top + lane * laneHeight + 10}
  })
  const width = margin * 2 + (last - first + 1) * yearWidth
  const height = top + Math.max(1, lanesEnd.length) * laneHeight + 20
  const yearList = Array.from({length: last - first + 1}, (_, index) => first + index)
  return html`<svg class="timeline" id="timeline-svg" role="group" aria-labelledby="timeline-title" viewBox="${`0 0 ${width} ${height}`}" width="${width}" height="${height}" data-first-year="${first}" data-year-width="${yearWidth}" data-margin="${margin}">
<title id="timeline-title">Meetings from ${first} to ${last}</title>
${yearList.map((year) => {
  const x = margin + (year - first) * yearWidth
  return html`<g class="year" data-year="${year}" transform="${`translate(${x} 0)`}"><line x1="0" y1="18" x2="0" y2="${height}"></line><text x="4" y="14">${year}</text></g>`
})}
${marks.map(({meeting, x, y}) => {
  const sources = sourcesOf(meeting)
  const label = `${meeting.start}${meeting.end && meeting.end !== meeting.start ? ` – ${meeting.end}` : ''} ${meeting.name} (${sources.length} source${sources.length === 1 ? '' : 's'}: ${sources.join(', ')})`
  return html`<a class="mark" href="${hrefOf(meeting)}" aria-label="${label}" data-start="${meeting.start}" data-name="${meeting.name}" data-sources="${sources.join(' ')}" data-y="${y}" transform="${`translate(${x.toFixed(1)} ${y})`}"><title>${label}</title>${shape(meeting)}</a>`
})}
</svg>`
}
