/**
 * UTF-16 without a byte-order mark when the text is mostly Chinese: the NUL
 * pattern of `guessUtf16ByteOrder` needs Latin text (a NUL in every high
 * byte), while a Chinese text only has NULs in its newlines and ASCII
 * punctuation. Both byte orders are read; one is taken when nearly every
 * character it gives is a CJK ideograph, CJK or ASCII punctuation, or
 * whitespace — the other order of the same bytes gives unassigned or rare
 * characters.
 */
export type Utf16Order = 'utf-16le' | 'utf-16be'

const TEXT_CHARACTER = /[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\u0020-\u007e\n\r\t\u00a0-\u00ff\uac00-\ud7a3]/

/** Share of code units that are plausible text characters. */
function textShare(text: string): number {
  if (text.length === 0) return 0
  let plausible = 0
  for (const character of text) if (TEXT_CHARACTER.test(character)) plausible++
  return plausible / text.length
}

function decode(bytes: Uint8Array, order: Utf16Order): string | undefined {
  let little = bytes
  if (order === 'utf-16be') {
    little = new Uint8Array(bytes.length)
    for (let index = 0; index < bytes.length; index += 2) {
      little[index] = bytes[index + 1]!
      little[index + 1] = bytes[index]!
    }
  }
  try {
    return new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}).decode(little)
  } catch {
    return undefined
  }
}

/** Minimum share of plausible characters for a reading to be taken. */
const MIN_TEXT_SHARE = 0.95

export function readUtf16WithoutBom(bytes: Uint8Array): {text: string; order: Utf16Order} | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined
  const readings = (['utf-16le', 'utf-16be'] as const)
    .map((order) => ({order, text: decode(bytes, order)}))
    .filter((reading): reading is {order: Utf16Order; text: string} => reading.text !== undefined && !reading.text.includes('\u0000'))
    .map((reading) => ({...reading, share: textShare(reading.text)}))
    .filter((reading) => reading.share >= MIN_TEXT_SHARE)
    .sort((a, b) => b.share - a.share)
  return readings[0]
}
