/**
 * Caps how deeply a source nests before it is parsed. The parsers and tree
 * walkers of the pipeline recurse once per level, so 20,000 nested `<div>`,
 * `>` quotes or list markers overflow the stack (and make micromark
 * quadratic). Deeper levels are cut: the markup beyond `MAX_NESTING_DEPTH`
 * goes, the text inside stays. Real sources nest a few levels (the corpus at
 * most 4), so nothing real is touched.
 */
import {cutDeepHtml} from './cutDeepHtml.js'

export const MAX_NESTING_DEPTH = 100

/** Leading whitespace beyond this many characters is cut (lists nest by indentation, two or more columns a level). */
const MAX_INDENT = MAX_NESTING_DEPTH * 2

export interface NestingCut {
  what: 'Markdown containers (> quotes, list markers)' | 'indentation' | 'HTML elements'
  /** Lines cut, and where the first cut is (1-based). */
  lines: number
  line: number
  column: number
}

export interface LimitedText {
  text: string
  cuts: NestingCut[]
}

// One container marker (quote or list item) and its following blank, matched one at a time.
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y

/** The line with container markers beyond the limit removed, or undefined when it is within it. */
function cutContainerMarkers(line: string): string | undefined {
  let markers = 0
  let keptEnd = 0
  let end = 0
  for (;;) {
    // A failed sticky match resets lastIndex, so the end of the prefix is kept apart.
    CONTAINER_MARKER.lastIndex = end
    if (end >= line.length || !CONTAINER_MARKER.test(line) || CONTAINER_MARKER.lastIndex === end) break
    end = CONTAINER_MARKER.lastIndex
    markers++
    if (markers === MAX_NESTING_DEPTH) keptEnd = end
  }
  if (markers <= MAX_NESTING_DEPTH) return undefined
  return line.slice(0, keptEnd) + line.slice(end)
}

function cutIndentation(line: string): string | undefined {
  let indent = 0
  while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++
  return indent > MAX_INDENT ? line.slice(0, MAX_INDENT) + line.slice(indent) : undefined
}

function cutLines(text: string, what: NestingCut['what'], cut: (line: string) => string | undefined, cuts: NestingCut[]): string {
  const lines = text.split('\n')
  let first: number | undefined
  let count = 0
  for (let index = 0; index < lines.length; index++) {
    const shorter = cut(lines[index]!)
    if (shorter === undefined) continue
    lines[index] = shorter
    first ??= index
    count++
  }
  if (first === undefined) return text
  cuts.push({what, lines: count, line: first + 1, column: 1})
  return lines.join('\n')
}

export function limitNesting(text: string): LimitedText {
  const cuts: NestingCut[] = []
  let limited = cutLines(text, 'Markdown containers (> quotes, list markers)', cutContainerMarkers, cuts)
  limited = cutLines(limited, 'indentation', cutIndentation, cuts)
  const html = cutDeepHtml(limited, MAX_NESTING_DEPTH)
  if (html.removed > 0) {
    cuts.push({what: 'HTML elements', lines: html.lines, line: html.line, column: html.column})
    limited = html.text
  }
  return {text: limited, cuts}
}
