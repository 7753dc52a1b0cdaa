import {html, type Html} from '../html.js'
import {renderPage} from '../layout.js'
import type {DocumentView, ManifestEntry} from '../model.js'
import {sitePaths} from '../paths.js'
import type {SiteModel} from '../siteModel.js'

const count = (doc: DocumentView, kind: string) => doc.annotations.filter((a) => a.kind === kind).length

function documentRow(model: SiteModel, doc: DocumentView): Html {
  const warnings = model.manifestOf(doc)?.warnings.length ?? 0
  const numbers = [count(doc, 'time'), doc.entityIris.length, doc.events.length, warnings]
  return html`<tr>
<th scope="row"><a href="${sitePaths.document(doc.stem)}" lang="${doc.language ?? ''}">${doc.name}</a></th>
<td>${doc.kind ?? doc.type}</td><td>${doc.language ?? ''}</td><td class="file">${doc.sourceFile ?? doc.recordFile}</td>
${numbers.map((n) => html`<td class="num" data-sort="${n}">${n}</td>`)}
</tr>`
}

function issueList(entry: ManifestEntry): Html {
  return html`<ul>${entry.errors.map((error) => html`<li><span class="where">line ${error.line ?? '?'}:${error.column ?? '?'}</span> ${error.message}${error.ruleId ? html` <code>${error.ruleId}</code>` : ''}</li>`)}</ul>`
}

function manifestSection(manifest: ManifestEntry[]): Html {
  const failed = manifest.filter((entry) => entry.status !== 'ok')
  const warnings = manifest.reduce((sum, entry) => sum + entry.warnings.length, 0)
  return html`<section aria-labelledby="run-heading">
<h2 id="run-heading">The run</h2>
<p>${manifest.length} inputs in <code>manifest.json</code>: ${manifest.length - failed.length} written, ${failed.length} failed, ${warnings} warnings.</p>
${
  failed.length === 0
    ? html`<p>No input failed.</p>`
    : html`<h3>Failed inputs</h3><dl class="failures">${failed.map((entry) => html`<dt class="file">${entry.file} <span class="badge badge-error">failed</span></dt><dd>${issueList(entry)}</dd>`)}</dl>`
}
</section>`
}

/** The front page: every document, sortable, and what the run reported. */
export function indexPage(model: SiteModel): string {
  const headers = ['Title', 'Kind', 'Language', 'Source file', 'Dates', 'Entities', 'Events', 'Warnings']
  const body = html`<h1>Documents</h1>
<p>${model.documents.length} documents, ${model.meetings.filter((m) => m.onTimeline).length} meetings on the <a href="${sitePaths.timeline}">timeline</a>, ${model.dataset.entities.size} <a href="${sitePaths.entities}">entities</a>. Column headings sort the table.</p>
<div class="table-wrap">
<table class="sortable" id="documents">
<caption class="visually-hidden">Documents of the dataset</caption>
<thead><tr>${headers.map((label, index) => html`<th scope="col" data-type="${index >= 4 ? 'number' : 'text'}">${label}</th>`)}</tr></thead>
<tbody>
${model.documents.map((doc) => documentRow(model, doc))}
</tbody>
</table>
</div>
${manifestSection(model.dataset.manifest)}`
  return renderPage({path: sitePaths.index, title: 'Documents', body, section: 'documents'})
}
