/**
 * Recognising binary files, so that they are rejected with a clear reason
 * instead of being decoded into noise.
 */

interface Magic {
  name: string
  bytes: number[]
}

// Formats a user is likely to hand over by mistake; named in the error message.
const MAGICS: Magic[] = [
  {name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38]},
  {name: 'a PDF document (extract its text first, e.g. with pdftotext)', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {name: 'a ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {name: 'a gzip archive', bytes: [0x1f, 0x8b]},
  {name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]},
  {name: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46]}
]

/** Name of a known binary format the bytes start with, if any. */
export function sniffBinaryFormat(bytes: Uint8Array): string | undefined {
  for (const magic of MAGICS) {
    if (bytes.length >= magic.bytes.length && magic.bytes.every((b, i) => bytes[i] === b)) return magic.name
  }
  return undefined
}

export function countNul(bytes: Uint8Array): number {
  let n = 0
  for (const b of bytes) if (b === 0) n++
  return n
}

/**
 * Share of control characters in decoded text. Tab, LF, VT, FF and CR are text
 * (form feeds separate pages in PDF extracts); C1 controls count because they
 * only appear when bytes were misread.
 */
export function controlShare(text: string): number {
  if (text.length === 0) return 0
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) n++
  }
  return n / text.length
}

/** Share of C0 control bytes (other than tab to CR) and DEL, for bytes of unknown encoding. */
export function controlByteShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0
  let n = 0
  for (const b of bytes) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) n++
  return n / bytes.length
}

/** Above this share of control characters a file is taken as binary. */
export const MAX_CONTROL_SHARE = 0.01

/**
 * Byte order of BOM-less UTF-16, guessed from where the NULs are: text with
 * Latin characters has a NUL in (almost) every high byte.
 */
export function guessUtf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined
  let even = 0
  let odd = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  const units = bytes.length / 2
  if (odd / units >= 0.3 && even / units < 0.02) return 'utf-16le'
  if (even / units >= 0.3 && odd / units < 0.02) return 'utf-16be'
  return undefined
}
