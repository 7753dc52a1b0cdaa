import type {DocumentView, ManifestIssue} from './model.js'
import {lineAt, type TextLine} from './textLines.js'
import {pushTo} from '../core/collect.js'

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

/** Code-point offset of the first `needle` in `text` at or after `from` (code points). */
function findCodePoint(text: string, needle: string, from = 0): number | undefined {
  const fromUnit = Array.from(text).slice(0, from).join('').length
  const unit = text.indexOf(needle, fromUnit)
  return unit < 0 ? undefined : Array.from(text.slice(0, unit)).length
}

/** The words a message quotes (“…”), longest first; lone punctuation is no evidence. */
function quotes(message: string): string[] {
  return [...message.matchAll(/“([^”]+)”/g)]
    .map((match) => match[1]!)
    .filter((quote) => /[\p{L}\p{N}]/u.test(quote) && Array.from(quote).length >= 2)
    .sort((a, b) => b.length - a.length)
}

function offsetOf(doc: DocumentView, warning: ManifestIssue): number | undefined {
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
      const eventAt = event.description ? findCodePoint(doc.text, event.description) : undefined
      return findCodePoint(doc.text, role.title, eventAt ?? 0) ?? findCodePoint(doc.text, role.title)
    }
  }
  for (const quote of quoted) {
    const at = findCodePoint(doc.text, quote)
    if (at !== undefined) return at
  }
  return undefined
}

export function placeWarnings(doc: DocumentView, lines: TextLine[], warnings: ManifestIssue[]): PlacedWarnings {
  const textLineOf = new Map<ManifestIssue, number>()
  const bySourceLine = new Map<number, number>()
  for (const warning of warnings) {
    const at = offsetOf(doc, warning)
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
