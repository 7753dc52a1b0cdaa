import {html} from '../html.js'
import {renderPage} from '../layout.js'
import type {Meeting} from '../groupMeetings.js'
import {sitePaths} from '../paths.js'
import type {SiteModel} from '../siteModel.js'
import {sourcesOf, timelineSvg} from '../timelineSvg.js'

const placeOf = (meeting: Meeting) => meeting.events.find((event) => event.location?.name)?.location?.name ?? ''

/** Every dated meeting on one SVG axis, zoomable by year, with the same list as a table. */
export function timelinePage(model: SiteModel): string {
  const dated = model.meetings.filter((meeting) => meeting.onTimeline)
  const years = [...new Set(dated.map((meeting) => meeting.start!.slice(0, 4)))].sort()
  const body = html`<h1>Timeline</h1>
<p>${dated.length} meetings. Each mark is one meeting with all the sources that state it; marks of the same day with people in common, or with the same IRI, are one mark. Select a mark to open the meeting.</p>
<form class="zoom" id="timeline-zoom" hidden>
<label for="zoom-year">Zoom to</label>
<select id="zoom-year"><option value="">All years</option>${years.map((year) => html`<option value="${year}">${year}</option>`)}</select>
<button type="button" id="zoom-prev">Previous year</button>
<button type="button" id="zoom-next">Next year</button>
</form>
<ul class="legend" aria-label="Legend">
<li><svg width="16" height="16" aria-hidden="true"><circle class="mk mk-talk" cx="8" cy="8" r="6"></circle></svg> talks, summits</li>
<li><svg width="16" height="16" aria-hidden="true"><rect class="mk mk-trip" x="2" y="2" width="12" height="12"></rect></svg> trips</li>
<li><svg width="16" height="16" aria-hidden="true"><path class="mk mk-dated" d="M8 1L15 8L8 15L1 8Z"></path></svg> dated lines of a chronology</li>
</ul>
<div class="timeline-scroll" id="timeline-scroll">
${dated.length > 0 ? timelineSvg(dated, (meeting) => meeting.path) : html`<p>No dated meeting in this dataset.</p>`}
</div>
<h2>All meetings in order</h2>
<div class="table-wrap">
<table id="meeting-list">
<thead><tr><th scope="col">Start</th><th scope="col">End</th><th scope="col">Meeting</th><th scope="col">Place</th><th scope="col">Sources</th></tr></thead>
<tbody>
${dated.map(
  (meeting) =>
    html`<tr><td>${meeting.start}</td><td>${meeting.end ?? ''}</td><th scope="row"><a href="${meeting.path}">${meeting.name}</a></th><td>${placeOf(meeting)}</td><td>${sourcesOf(meeting).map(
      (stem, index) => html`${index > 0 ? ', ' : ''}<a href="${sitePaths.document(stem)}">${stem}</a>`
    )}</td></tr>`
)}
</tbody>
</table>
</div>`
  return renderPage({path: sitePaths.timeline, title: 'Timeline', body, section: 'timeline'})
}
