/**
 * Compares two UTF-8 byte ranges in the order of the UTF-16 strings they
 * encode (the order of `Array#sort` and `<` on strings), without decoding.
 * Byte order is code-point order, which is UTF-16 order except between a
 * character beyond the BMP (UTF-16: a surrogate, 0xD800–0xDFFF; UTF-8: lead
 * byte 0xF0–0xF4) and one of 0xE000–0xFFFF (lead byte 0xEE or 0xEF): there
 * the order flips. The two ranges agree up to the first differing byte, so
 * that byte starts a character in both or in neither; a lead byte ≥ 0xF0
 * against 0xEE/0xEF can only be two character starts.
 */
export function compareUtf8AsUtf16(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): number {
  const length = Math.min(aEnd - aStart, bEnd - bStart)
  for (let index = 0; index < length; index++) {
    const x = a[aStart + index]!
    const y = b[bStart + index]!
    if (x !== y) return (x >= 0xf0 && (y === 0xee || y === 0xef)) || (y >= 0xf0 && (x === 0xee || x === 0xef)) ? y - x : x - y
  }
  return aEnd - aStart - (bEnd - bStart)
}
