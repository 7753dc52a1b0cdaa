import {html, safeHref, type Html} from '../html.js'
import {renderPage} from '../layout.js'
import type {DocumentView, EntityView, TextAnnotation} from '../model.js'
import {rootOf, sitePaths} from '../paths.js'
import type {SiteModel} from '../siteModel.js'
import {lineAt, sentenceAround, textLines} from '../textLines.js'
import {pushTo} from '../../core/collect.js'

/** The index: entities grouped by their first type, names sorted. */
export function entityIndexPage(model: SiteModel): string {
  const byType = new Map<string, EntityView[]>()
  for (const entity of model.dataset.entities.values()) {
    const type = entity.types[0] ?? 'Thing'
    pushTo(byType, type, entity)
  }
  const types = [...byType.keys()].sort()
  const body = html`<h1>Entities</h1>
<p>${model.dataset.entities.size} entities by type: ${types.map((type, i) => html`${i ? ', ' : ''}<a href="${`#type-${type}`}">${type}</a>`)}.</p>
${types.map((type) => {
  const entities = byType.get(type)!.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return html`<section aria-labelledby="${`type-${type}`}"><h2 id="${`type-${type}`}">${type} <span class="muted">(${entities.length})</span></h2>
<ul class="entity-list">${entities.map((entity) => html`<li><a href="${sitePaths.entity(entity.iri)}" lang="zh">${entity.name}</a> <span class="muted">${model.mentionsOf(entity.iri).length} mentions</span></li>`)}</ul></section>`
})}`
  return renderPage({path: sitePaths.entities, title: 'Entities', body, section: 'entities'})
}

/** Lines per document, computed once: an entity page reads the same long texts again and again. */
const linesCache = new WeakMap<DocumentView, ReturnType<typeof textLines>>()

function kwicTable(root: string, doc: DocumentView, annotations: TextAnnotation[]): Html {
  const lines = linesCache.get(doc) ?? textLines(doc.text)
  linesCache.set(doc, lines)
  return html`<table class="kwic"><thead><tr><th scope="col">Before</th><th scope="col">Mention</th><th scope="col">After</th></tr></thead><tbody>
${annotations.map((annotation) => {
  const line = lineAt(lines, annotation.start)
  const context = line ? sentenceAround(line, annotation.start, annotation.end) : {before: '', match: annotation.exact, after: ''}
  return html`<tr><td class="left" lang="zh">${context.before}</td><td class="kw"><a href="${`${root + sitePaths.document(doc.stem)}#${annotation.fragment}`}" lang="zh">${context.match}</a></td><td lang="zh">${context.after}</td></tr>`
})}
</tbody></table>`
}

/** One entity: names, sameAs, meetings it takes part in, every mention in its sentence by document. */
export function entityPage(model: SiteModel, entity: EntityView): string {
  const path = sitePaths.entity(entity.iri)
  const root = rootOf(path)
  const mentions = model.mentionsOf(entity.iri)
  const stems = [...new Set(mentions.map((m) => m.doc.stem))]
  const meetings = model.meetings.filter((meeting) => meeting.people.some((person) => person.iri === entity.iri) || meeting.key === entity.iri)
  const links = entity.sameAs.map((url) => ({url, href: safeHref(url)}))
  const body = html`<h1 lang="zh">${entity.name}</h1>
<dl class="facts">
<dt>Type</dt><dd>${entity.types.join(', ')}</dd>
<dt>Other names</dt><dd lang="zh">${entity.alternateNames.length ? entity.alternateNames.join('、') : 'none'}</dd>
<dt>Same as</dt><dd>${links.length ? links.map(({url, href}) => (href ? html`<a href="${href}" rel="noreferrer">${url}</a> ` : html`<span>${url}</span> `)) : 'none'}</dd>
<dt>IRI</dt><dd><code>${entity.iri}</code></dd>
</dl>
${meetings.length ? html`<h2>Meetings</h2><ul>${meetings.map((m) => html`<li>${m.start ?? ''} <a href="${root + m.path}" lang="zh">${m.name}</a></li>`)}</ul>` : ''}
<h2>Mentions <span class="muted">(${mentions.length} in ${stems.length} documents)</span></h2>
${stems.map((stem) => {
  const inDoc = mentions.filter((m) => m.doc.stem === stem)
  const doc = inDoc[0]!.doc
  return html`<section class="mentions"><h3><a href="${root + sitePaths.document(stem)}" lang="zh">${doc.name}</a> <span class="muted">(${stem}, ${inDoc.length})</span></h3>
<div class="table-wrap">${kwicTable(
    root,
    doc,
    inDoc.map((m) => m.annotation)
  )}</div></section>`
})}`
  return renderPage({path, title: entity.name, body, section: 'entities'})
}
