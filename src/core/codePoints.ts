/** Offsets in this project count Unicode code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  // UTF-16 units less one per surrogate pair (as the string iterator counts, lone surrogates included): no iterator, no array.
  let length = text.length
  for (let unit = 1; unit < text.length; unit++) {
    const code = text.charCodeAt(unit)
    if (code >= 0xdc00 && code <= 0xdfff) {
      const previous = text.charCodeAt(unit - 1)
      if (previous >= 0xd800 && previous <= 0xdbff) {
        length--
        unit++
      }
    }
  }
  return length
}

/**
 * `text` sliced by code-point offsets, as `[...text].slice(start, end).join('')`
 * gives it, without spreading the text: a link's anchor is sliced out of its
 * whole block, so the spread made every link cost its block's length in
 * garbage (50 MB in 100 files). Offsets counted from the end (negative) or
 * not integers go the spread's way.
 */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  if (!Number.isInteger(start) || start < 0 || (end !== undefined && (!Number.isInteger(end) || end < 0))) return [...text].slice(start, end).join('')
  let unit = 0
  for (let point = 0; point < start && unit < text.length; point++) unit += unitsAt(text, unit)
  if (end === undefined) return text.slice(unit)
  const from = unit
  for (let point = start; point < end && unit < text.length; point++) unit += unitsAt(text, unit)
  return text.slice(from, unit)
}

/** UTF-16 units of the code point at `unit`: two for a surrogate pair, one otherwise (a lone surrogate too). */
function unitsAt(text: string, unit: number): number {
  const code = text.charCodeAt(unit)
  if (code < 0xd800 || code > 0xdbff || unit + 1 >= text.length) return 1
  const next = text.charCodeAt(unit + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/**
 * UTF-16 offset → code-point offset, precomputed once per text: the regular
 * expressions of the rules give UTF-16 indexes, records count code points.
 */
export function codePointIndex(text: string): (utf16: number) => number {
  const index = new Uint32Array(text.length + 1)
  let points = 0
  for (let unit = 0; unit < text.length; unit++) {
    index[unit] = points
    const code = text.charCodeAt(unit)
    // A surrogate pair is one code point; a lone surrogate is one of its own, as the string iterator counts.
    if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length) {
      const next = text.charCodeAt(unit + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index[++unit] = points
    }
    points++
  }
  index[text.length] = points
  return (utf16) => index[utf16]!
}
