import type {DocumentView, ManifestIssue} from './model.js'
import {lineAt, type TextLine} from './textLines.js'
import {pushTo} from '../core/collect.js'
import {codePointIndex} from '../core/codePoints.js'

/**
 * Manifest warnings give a line and column of the *source*, and records keep
 * no map from source lines to the cleaned text. So a warning is put next to a
 * text line only where the record itself says where: the annotation it is
 * about, the words it quotes, the delegation line it names. The rest are
 * listed with their source line and column.
 */
export interface PlacedWarnings {
  byLine: Map<number, ManifestIssue[]>
  unplaced: ManifestIssue[]
}

/**
 * Finds words in a document's text by code-point offsets. The index is built
 * once per document: converting each warning's UTF-16 offset by spreading
 * the text before it cost the text's length per warning.
 */
interface TextSearch {
  find: (needle: string, from?: number) => number | undefined
}

function textSearch(text: string): TextSearch {
  const pointOf = codePointIndex(text)
  // Code point → UTF-16 unit where it starts (backwards, so a pair's first unit wins).
  const unitOf = new Uint32Array(pointOf(text.length) + 1)
  for (let unit = text.length; unit >= 0; unit--) unitOf[pointOf(unit)] = unit
  return {
    find(needle, from = 0) {
      const unit = text.indexOf(needle, from < unitOf.length ? unitOf[from] : text.length)
      return unit < 0 ? undefined : pointOf(unit)
    }
  }
}

/** The words a message quotes (“…”), longest first; lone punctuation is no evidence. */
function quotes(message: string): string[] {
  return [...message.matchAll(/“([^”]+)”/g)]
    .map((match) => match[1]!)
    .filter((quote) => /[\p{L}\p{N}]/u.test(quote) && Array.from(quote).length >= 2)
    .sort((a, b) => b.length - a.length)
}

function offsetOf(doc: DocumentView, search: TextSearch, warning: ManifestIssue): number | undefined {
  const quoted = quotes(warning.message)
  if (warning.ruleId === 'unaligned-anchor') {
    const link = doc.annotations.find((a) => a.kind === 'link' && a.alignment === 'unaligned' && quoted.includes(a.exact))
    if (link) return link.start
  }
  if (warning.ruleId === 'delegation-name-missing') {
    const match = warning.message.match(/head of the (.+?) delegation to (.+?);/)
    const event = doc.events.find((e) => e.name === match?.[2])
    const role = event?.roles.find((r) => !r.person && r.country?.name === match?.[1] && r.title)
    if (event && role?.title) {
      const eventAt = event.description ? search.find(event.description) : undefined
      return search.find(role.title, eventAt ?? 0) ?? search.find(role.title)
    }
  }
  for (const quote of quoted) {
    const at = search.find(quote)
    if (at !== undefined) return at
  }
  return undefined
}

export function placeWarnings(doc: DocumentView, lines: TextLine[], warnings: ManifestIssue[]): PlacedWarnings {
  const textLineOf = new Map<ManifestIssue, number>()
  const bySourceLine = new Map<number, number>()
  const search = textSearch(doc.text)
  for (const warning of warnings) {
    const at = offsetOf(doc, search, warning)
    const line = at === undefined ? undefined : lineAt(lines, at)
    if (!line) continue
    textLineOf.set(warning, line.start)
    if (warning.line !== undefined && !bySourceLine.has(warning.line)) bySourceLine.set(warning.line, line.start)
  }
  const placed: PlacedWarnings = {byLine: new Map(), unplaced: []}
  for (const warning of warnings) {
    const start = textLineOf.get(warning) ?? (warning.line === undefined ? undefined : bySourceLine.get(warning.line))
    if (start === undefined) placed.unplaced.push(warning)
    else pushTo(placed.byLine, start, warning)
  }
  return placed
}
