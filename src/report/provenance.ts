import {html, type Html} from './html.js'
import type {DocumentView} from './model.js'
import {sitePaths} from './paths.js'
import {lineAt, textLines, type TextLine} from './textLines.js'

/**
 * Links from a fact to where its document states it. Records give an event's
 * words (`description`, a role's title) but not their offsets — except the
 * document-local events, whose IRI ends in `#event-<offset>` — so the words
 * are looked up in the document's text, after the event's own line when it
 * is known, and a fact whose words are not found gets no link.
 */
export class Provenance {
  private lines = new Map<string, TextLine[]>()

  constructor(private readonly documents: Map<string, DocumentView>) {}

  document(stem: string): DocumentView | undefined {
    return this.documents.get(stem)
  }

  /** Code-point offset of `quote` in the document, at or after `after`. */
  locate(stem: string, quote: string | undefined, after = 0): number | undefined {
    const doc = this.documents.get(stem)
    if (!doc || !quote) return undefined
    const fromUnit = Array.from(doc.text).slice(0, after).join('').length
    const unit = doc.text.indexOf(quote, fromUnit)
    return unit < 0 ? undefined : Array.from(doc.text.slice(0, unit)).length
  }

  /** Offset an event IRI states (`…#event-123`), if any. */
  static eventOffset(iri: string): number | undefined {
    const match = iri.match(/#event-(\d+)$/)
    return match ? Number(match[1]) : undefined
  }

  /** Site path (from the root) of the document line holding `offset`. */
  href(stem: string, offset: number): string | undefined {
    const doc = this.documents.get(stem)
    if (!doc) return undefined
    let lines = this.lines.get(stem)
    if (!lines) {
      lines = textLines(doc.text)
      this.lines.set(stem, lines)
    }
    const line = lineAt(lines, offset)
    return line ? `${sitePaths.document(stem)}#at-${line.start}` : undefined
  }

  /** The quoted words, linked to their line when found. */
  quote(root: string, stem: string, words: string | undefined, after = 0): Html {
    if (!words) return html``
    const at = this.locate(stem, words, after)
    const href = at === undefined ? undefined : this.href(stem, at)
    return href
      ? html`<q>${words}</q> <a class="source-link" href="${root + href}">in ${stem}</a>`
      : html`<q>${words}</q> <span class="muted">(${stem}; position not found)</span>`
  }
}
