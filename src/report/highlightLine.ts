import {html, join, type Html} from './html.js'
import type {TextAnnotation} from './model.js'
import type {TextLine} from './textLines.js'

/** What a highlight says about its annotation, shown on hover and keyboard focus. */
export type Describe = (annotation: TextAnnotation) => Html

/** Outer annotations first, so nesting follows containment. */
const byNesting = (a: TextAnnotation, b: TextAnnotation) => a.start - b.start || b.end - a.end || a.fragment.localeCompare(b.fragment)

/**
 * One line of text with its annotations as nested `<mark>`s. Annotations may
 * overlap without nesting (a date inside an entity name that ends earlier):
 * then the later part is a continuation piece with the same look but no id
 * and no focus stop, so each annotation is one focusable element holding its
 * value. `opened` is shared across a document's lines for the same reason.
 */
export function highlightLine(line: TextLine, annotations: TextAnnotation[], describe: Describe, opened: Set<string>): Html {
  const inLine = annotations.filter((a) => a.start < line.end && a.end > line.start).sort(byNesting)
  const cuts = new Set<number>([line.start, line.end])
  for (const a of inLine) {
    cuts.add(Math.max(a.start, line.start))
    cuts.add(Math.min(a.end, line.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const parts: Array<Html | string> = []
  let stack: TextAnnotation[] = []
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!
    const to = points[index + 1]!
    const active = inLine.filter((a) => a.start <= from && a.end >= to)
    let same = 0
    while (same < stack.length && same < active.length && stack[same] === active[same]) same++
    for (let close = stack.length; close > same; close--) parts.push(html`</mark>`)
    for (const annotation of active.slice(same)) parts.push(openMark(annotation, describe, opened))
    stack = active
    parts.push(line.chars.slice(from - line.start, to - line.start).join(''))
  }
  for (let close = stack.length; close > 0; close--) parts.push(html`</mark>`)
  return join(parts)
}

function openMark(annotation: TextAnnotation, describe: Describe, opened: Set<string>): Html {
  const kind = `hl hl-${annotation.kind}`
  if (opened.has(annotation.fragment)) return html`<mark class="${kind} hl-cont">`
  opened.add(annotation.fragment)
  const tip = `tip-${annotation.fragment}`
  return html`<mark class="${kind}" id="${annotation.fragment}" tabindex="0" aria-describedby="${tip}" data-kind="${annotation.kind}" data-value="${annotation.value}"><span class="tip" role="tooltip" id="${tip}">${describe(annotation)}</span>`
}
