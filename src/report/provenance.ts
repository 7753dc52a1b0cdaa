import {html, type Html} from './html.js'
import type {DocumentView, TextAnnotation} from './model.js'
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

  private linesOf(stem: string): TextLine[] {
    let lines = this.lines.get(stem)
    if (!lines) {
      lines = textLines(this.documents.get(stem)?.text ?? '')
      this.lines.set(stem, lines)
    }
    return lines
  }

  /** Site path (from the root) of the document line holding `offset`. */
  href(stem: string, offset: number): string | undefined {
    const line = lineAt(this.linesOf(stem), offset)
    return line ? `${sitePaths.document(stem)}#at-${line.start}` : undefined
  }

  /** The words quoted and linked to their line when the text has them; else shown plain (composed, not quoted). */
  quote(root: string, stem: string, words: string | undefined, after = 0): Html {
    if (!words) return html``
    const at = this.locate(stem, words, after)
    const href = at === undefined ? undefined : this.href(stem, at)
    return href ? html`<q>${words}</q> <a class="source-link" href="${root + href}">in ${stem}</a>` : html`<span lang="zh">${words}</span>`
  }

  /**
   * The words that state an event: from its IRI's offset to the end of that
   * line, else its description, else its name (a summit's heading), found in
   * the text.
   */
  eventSpan(stem: string, event: {iri: string; description?: string; name: string}): {start: number; end: number; words: string} | undefined {
    const offset = Provenance.eventOffset(event.iri)
    if (offset !== undefined) {
      const line = this.linesOf(stem).find((candidate) => offset >= candidate.start && offset < candidate.end)
      if (line) return {start: offset, end: line.end, words: line.chars.slice(offset - line.start).join('')}
    }
    for (const words of [event.description, event.name]) {
      const start = this.locate(stem, words)
      if (words && start !== undefined) return {start, end: start + Array.from(words).length, words}
    }
    return undefined
  }

  /** The record's first annotation at or after `from` (and before `to`) that `matches`. */
  annotationFrom(stem: string, from: number, to: number, matches: (a: TextAnnotation) => boolean): TextAnnotation | undefined {
    return this.documents.get(stem)?.annotations.find((a) => a.start >= from && a.start < to && matches(a))
  }

  /** A link to an annotation of the document page, from a page at `root`. */
  annotationHref(root: string, stem: string, annotation: TextAnnotation): string {
    return `${root + sitePaths.document(stem)}#${annotation.fragment}`
  }
}
