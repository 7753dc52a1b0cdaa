/**
 * Removes the tags of HTML elements nested deeper than a limit, keeping their
 * content. One linear pass over the tags; elements whose end tag is optional
 * (`p`, `li`, `td` …) and void elements are not counted, since unclosed ones
 * are normal and never nest in a parsed document.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g

const NOT_COUNTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'rb',
  'rt',
  'rp'
])

export interface DeepHtmlCut {
  text: string
  /** Tags removed, lines they were on, where the first was (1-based). */
  removed: number
  lines: number
  line: number
  column: number
}

function position(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1}
}

export function cutDeepHtml(text: string, maxDepth: number): DeepHtmlCut {
  if (!text.includes('<')) return {text, removed: 0, lines: 0, line: 0, column: 0}
  const parts: string[] = []
  const offsets: number[] = []
  let depth = 0
  let kept = 0
  let removed = 0
  let firstOffset = -1
  for (const match of text.matchAll(TAG)) {
    const [tag, closing, name, selfClosing] = match
    if (NOT_COUNTED.has(name!.toLowerCase()) || selfClosing) continue
    const deep = closing ? depth > maxDepth : depth + 1 > maxDepth
    depth = closing ? Math.max(0, depth - 1) : depth + 1
    if (!deep) continue
    if (firstOffset === -1) firstOffset = match.index
    parts.push(text.slice(kept, match.index))
    kept = match.index + tag.length
    removed++
    offsets.push(match.index)
  }
  if (removed === 0) return {text, removed: 0, lines: 0, line: 0, column: 0}
  parts.push(text.slice(kept))
  const first = position(text, firstOffset)
  return {text: parts.join(''), removed, lines: countLines(text, offsets), ...first}
}

/** Distinct lines among tag offsets (sorted), counted in one pass. */
function countLines(text: string, offsets: number[]): number {
  let count = 0
  let lastLineEnd = -1
  for (const offset of offsets) {
    if (offset <= lastLineEnd) continue
    count++
    const end = text.indexOf('\n', offset)
    lastLineEnd = end === -1 ? text.length : end
  }
  return count
}
