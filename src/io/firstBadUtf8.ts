/**
 * Where the first byte sequence that is not UTF-8 starts, so that a user can
 * find and fix it: byte offset, line, and column in characters (the valid
 * text before it on its line).
 */
export interface BadUtf8 {
  offset: number
  line: number
  column: number
}

/** Length of the valid UTF-8 sequence at `index`, or 0 if it is not one (RFC 3629 table). */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const b0 = bytes[index]!
  if (b0 < 0x80) return 1
  const continuation = (at: number, low = 0x80, high = 0xbf) => {
    const b = bytes[index + at]
    return b !== undefined && b >= low && b <= high
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80
    const high = b0 === 0xed ? 0x9f : 0xbf
    return continuation(1, low, high) && continuation(2) ? 3 : 0
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80
    const high = b0 === 0xf4 ? 0x8f : 0xbf
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0
  }
  return 0
}

export function firstBadUtf8(bytes: Uint8Array): BadUtf8 | undefined {
  let line = 1
  let column = 1
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index)
    if (length === 0) return {offset: index, line, column}
    if (bytes[index] === 0x0a) {
      line++
      column = 1
    } else {
      column += length === 4 ? 2 : 1 // UTF-16 columns, as the rest of the diagnostics count
    }
    index += length
  }
  return undefined
}
