import {highlightLine, type Describe} from '../highlightLine.js'
import {html, safeHref, type Html} from '../html.js'
import {renderPage} from '../layout.js'
import type {DocumentView, ManifestIssue} from '../model.js'
import {rootOf, sitePaths} from '../paths.js'
import {placeWarnings} from '../placeWarnings.js'
import type {SiteModel} from '../siteModel.js'
import {textLines} from '../textLines.js'

const kindLabel = {time: 'Date', mention: 'Entity', link: 'Link'} as const

function describer(model: SiteModel, _root: string): Describe {
  return (annotation) => {
    const label = html`<strong>${kindLabel[annotation.kind]}</strong> `
    if (annotation.kind === 'time') {
      return html`${label}<code>${annotation.value}</code>${annotation.mod ? html` · mod <code>${annotation.mod}</code>` : ''}${annotation.resolution ? html` · resolution ${annotation.resolution}` : ''}`
    }
    if (annotation.kind === 'mention') {
      const entity = model.entity(annotation.value)
      return html`${label}<span lang="zh">${entity?.name ?? annotation.value}</span> (${entity?.types.join(', ') ?? 'unknown type'})${annotation.evidence ? html` · evidence ${annotation.evidence}` : ''}`
    }
    return html`${label}→ ${annotation.value}${annotation.alignment ? html` · anchor ${annotation.alignment}` : ''}`
  }
}

function warning(issue: ManifestIssue): Html {
  return html`<li class="warning"><span class="badge badge-warning">Warning</span> <span class="where">source line ${issue.line ?? '?'}:${issue.column ?? '?'}</span> ${issue.message}${
    issue.ruleId ? html` <code>${issue.ruleId}</code>` : ''
  }</li>`
}

function legend(doc: DocumentView): Html {
  const count = (kind: string) => doc.annotations.filter((a) => a.kind === kind).length
  return html`<ul class="legend" aria-label="Highlight kinds">
<li><mark class="hl hl-time">2018年</mark> date (${count('time')}) — solid underline</li>
<li><mark class="hl hl-mention">金正恩</mark> entity (${count('mention')}) — dotted underline</li>
<li><mark class="hl hl-link">朝鲜半岛</mark> link (${count('link')}) — dashed box</li>
</ul>`
}

/** A document's cleaned text, every annotation highlighted and focusable, warnings beside their lines. */
export function documentPage(model: SiteModel, doc: DocumentView): string {
  const path = sitePaths.document(doc.stem)
  const root = rootOf(path)
  const lines = textLines(doc.text)
  const entry = model.manifestOf(doc)
  const placed = placeWarnings(doc, lines, entry?.warnings ?? [])
  const describe = describer(model, root)
  const opened = new Set<string>()
  const url = doc.url ? safeHref(doc.url) : undefined
  const body = html`<h1 lang="${doc.language ?? 'zh'}">${doc.name}</h1>
<dl class="facts">
<dt>Kind</dt><dd>${doc.kind ?? ''} (${doc.type})</dd>
<dt>Language</dt><dd>${doc.language ?? 'not stated'}</dd>
<dt>Source file</dt><dd class="file">${doc.sourceFile ?? ''}</dd>
${doc.url ? html`<dt>URL</dt><dd>${url ? html`<a href="${url}" rel="noreferrer">${doc.url}</a>` : doc.url}</dd>` : ''}
${doc.datePublished ? html`<dt>Published</dt><dd>${doc.datePublished}</dd>` : ''}
<dt>Events</dt><dd>${
    doc.events.length
      ? html`<ul class="inline-list">${doc.events.map((event) => {
          const meeting = model.meetingOfEvent.get(event.iri)
          return html`<li>${meeting ? html`<a href="${root + meeting.path}" lang="zh">${event.name}</a>` : event.name}</li>`
        })}</ul>`
      : 'none'
  }</dd>
</dl>
${legend(doc)}
<p class="hint">Hover over or tab to a highlight to see its value.</p>
${
  placed.unplaced.length
    ? html`<section aria-labelledby="warnings-heading"><h2 id="warnings-heading">Warnings without a text position</h2>
<p class="muted">The record keeps no map from source lines to the cleaned text; these are listed by source line.</p>
<ul class="warnings">${placed.unplaced.map(warning)}</ul></section>`
    : ''
}
<section aria-labelledby="text-heading">
<h2 id="text-heading">Text</h2>
<div class="doc-text" lang="${doc.language ?? 'zh'}">
${lines.map((line) => {
  const notes = placed.byLine.get(line.start)
  return html`<div class="line${notes ? ' has-warning' : ''}" id="${`at-${line.start}`}"><p>${highlightLine(line, doc.annotations, describe, opened)}</p>${notes ? html`<ul class="warnings" lang="en">${notes.map(warning)}</ul>` : ''}</div>`
})}
</div>
</section>`
  return renderPage({path, title: doc.name, body, section: 'documents'})
}
