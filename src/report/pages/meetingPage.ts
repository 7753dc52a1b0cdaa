import {delegationTable} from '../delegationTable.js'
import type {Meeting} from '../groupMeetings.js'
import {html, type Html} from '../html.js'
import {renderPage} from '../layout.js'
import type {EventView, NamedRef} from '../model.js'
import {rootOf, sitePaths} from '../paths.js'
import {Provenance} from '../provenance.js'
import type {SiteModel} from '../siteModel.js'

function people(root: string, refs: NamedRef[]): Html {
  return html`<ul class="inline-list">${refs.map((ref) => html`<li>${ref.iri ? html`<a href="${root + sitePaths.entity(ref.iri)}" lang="zh">${ref.name}</a>` : html`<span lang="zh">${ref.name}</span>`}</li>`)}</ul>`
}

/** Leaf sessions under a meeting (itself, or the sessions of its rounds), by date. */
function sessionsOf(model: SiteModel, meeting: Meeting): EventView[] {
  const seen = new Set<string>()
  const leaves: EventView[] = []
  const visit = (event: EventView) => {
    if (seen.has(`${event.stem} ${event.iri}`)) return
    seen.add(`${event.stem} ${event.iri}`)
    if (event.subEvents.length === 0) leaves.push(event)
    for (const sub of event.subEvents) {
      for (const child of model.meetingOfEvent.get(sub)?.events ?? []) if (child.stem === event.stem) visit(child)
    }
  }
  meeting.events.forEach(visit)
  return leaves.sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.stem.localeCompare(b.stem))
}

function dates(event: EventView): string {
  if (event.startDate) return event.endDate && event.endDate !== event.startDate ? `${event.startDate} – ${event.endDate}` : event.startDate
  return event.date ? `${event.date} (EDTF)` : 'not stated'
}

type Span = ReturnType<Provenance['eventSpan']>

/** How far after an event's own words its people may be named (a section of a page, roughly). */
const factWindow = 600

/**
 * The dates with the words that state them: the record's first time
 * annotation from the event's words on whose value is the event's day (or a
 * range starting on it). A heading's month alone does not count.
 */
function datesWithWords(root: string, event: EventView, provenance: Provenance, span: Span | undefined): Html | string {
  const stated = dates(event)
  const day = event.startDate
  if (!span || !day) return stated
  const isDay = (a: {kind: string; value: string}) => a.kind === 'time' && (a.value === day || a.value.startsWith(`${day}/`))
  const time = provenance.annotationFrom(event.stem, span.start, span.start + factWindow, isDay)
  return time ? html`${stated} <a class="source-link" href="${provenance.annotationHref(root, event.stem, time)}">stated as <q>${time.exact}</q></a>` : stated
}

/** People, each with a link to the record's first mention of them from the event's words on. */
function peopleWithWords(root: string, event: EventView, refs: NamedRef[], provenance: Provenance, span: Span | undefined): Html {
  const at = span?.start
  return html`<ul class="inline-list">${refs.map((ref) => {
    const mention = at === undefined || !ref.iri ? undefined : provenance.annotationFrom(event.stem, at, at + factWindow, (a) => a.kind === 'mention' && a.value === ref.iri)
    const name = ref.iri ? html`<a href="${root + sitePaths.entity(ref.iri)}" lang="zh">${ref.name}</a>` : html`<span lang="zh">${ref.name}</span>`
    return html`<li>${name}${mention ? html` <a class="source-link" href="${provenance.annotationHref(root, event.stem, mention)}" aria-label="${`${ref.name} in the text of ${event.stem}`}">(in text)</a>` : ''}</li>`
  })}</ul>`
}

function meetingLink(root: string, model: SiteModel, iri: string): Html {
  const target = model.meetingOfEvent.get(iri)
  return target ? html`<a href="${root + target.path}" lang="zh">${target.name}</a>` : html`<span lang="zh">${iri}</span>`
}

/** A container's dates are its sessions' (the record states none for a series). */
function sessionSpan(sessions: EventView[]): string {
  const days = sessions
    .flatMap((s) => [s.startDate, s.endDate])
    .filter((day): day is string => !!day)
    .sort()
  return days.length ? `sessions from ${days[0]} to ${days[days.length - 1]}` : 'not stated'
}

/** What one source states about the meeting, each fact with the source's words. */
function sourceSection(root: string, model: SiteModel, event: EventView, provenance: Provenance): Html {
  const doc = provenance.document(event.stem)
  const span = provenance.eventSpan(event.stem, event)
  const href = span ? provenance.href(event.stem, span.start) : undefined
  const words = span && href ? html`<q lang="zh">${span.words}</q> <a class="source-link" href="${root + href}">in ${event.stem}</a>` : (event.description ?? '')
  const facts: Array<[string, Html | string]> = [
    ['Name', html`<span lang="zh">${event.name}</span>`],
    ['Kind', event.kind],
    ['Dates', datesWithWords(root, event, provenance, span)],
    ['Source words', words],
    [
      'Place',
      event.location ? html`${provenance.quote(root, event.stem, event.location.name, span?.start ?? 0)}${event.location.within.length ? html` <span class="muted">(in ${event.location.within.join(' › ')})</span>` : ''}` : 'not stated'
    ],
    ['People', event.people.length ? peopleWithWords(root, event, event.people, provenance, span) : 'none named'],
    ['Part of', event.superEvent ? meetingLink(root, model, event.superEvent) : ''],
    ['Sessions', event.subEvents.length ? html`<ul>${event.subEvents.map((iri) => html`<li>${meetingLink(root, model, iri)}</li>`)}</ul>` : ''],
    ['Met', event.counterparts.length ? people(root, event.counterparts) : ''],
    ['Signed', event.signedDocuments.length ? people(root, event.signedDocuments) : ''],
    ['Outcomes', event.outcomes.length ? html`<ul>${event.outcomes.map((text) => html`<li><q lang="zh">${text}</q></li>`)}</ul>` : '']
  ]
  return html`<section class="source" aria-label="${`As stated in ${event.stem}`}">
<h3>In <a href="${root + sitePaths.document(event.stem)}" lang="zh">${doc?.name ?? event.stem}</a> <span class="muted">(${event.stem})</span></h3>
<dl class="facts">${facts.filter(([, value]) => value !== '').map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
</section>`
}

/** One meeting: its dates, place and people, the delegation table, and each source's account. */
export function meetingPage(model: SiteModel, meeting: Meeting, provenance: Provenance): string {
  const root = rootOf(meeting.path)
  const names = [...new Set(meeting.events.map((event) => event.name))]
  const place = meeting.events.find((event) => event.location)?.location
  const sessions = sessionsOf(model, meeting)
  const body = html`<h1 lang="zh">${meeting.name}</h1>
${names.length > 1 ? html`<p>Also stated as: ${names.slice(1).map((name, i) => html`${i ? '、' : ''}<span lang="zh">${name}</span>`)}</p>` : ''}
<dl class="facts summary">
<dt>Dates</dt><dd>${meeting.start ? `${meeting.start}${meeting.end && meeting.end !== meeting.start ? ` – ${meeting.end}` : ''}` : sessionSpan(sessions)}</dd>
<dt>Place</dt><dd>${place ? html`<span lang="zh">${place.name}</span>` : 'not stated'}</dd>
<dt>People</dt><dd>${meeting.people.length ? people(root, meeting.people) : 'none named'}</dd>
<dt>Sources</dt><dd>${[...new Set(meeting.events.map((e) => e.stem))].length}</dd>
</dl>
${delegationTable(root, sessions, provenance)}
<section aria-labelledby="sources-heading">
<h2 id="sources-heading">What each source states</h2>
${meeting.events.map((event) => sourceSection(root, model, event, provenance))}
</section>`
  return renderPage({path: meeting.path, title: meeting.name, body, section: 'timeline'})
}
