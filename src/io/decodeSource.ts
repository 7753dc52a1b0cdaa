/**
 * Bytes of a source file → text, by detection (never by file name or locale).
 * Order: BOM, binary check, strict UTF-8, then GB18030 vs Big5 by scoring.
 */
import {controlByteShare, controlShare, countNul, guessUtf16ByteOrder, MAX_CONTROL_SHARE, sniffBinaryFormat} from './binary.js'
import {DecodeError} from './DecodeError.js'
import {firstBadUtf8} from './firstBadUtf8.js'
import {isPlausible, rankLegacyCjk} from './legacyCjk.js'
import {readUtf16WithoutBom} from './utf16WithoutBom.js'

export {DecodeError} from './DecodeError.js'
export type {DecodeRuleId} from './DecodeError.js'

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface DecodedSource {
  /** The text, line ends normalized to LF, without BOM. */
  text: string
  encoding: SourceEncoding
  /** Whether the bytes started with a byte-order mark. */
  bom: boolean
}

const UNDECODABLE = 'The file is not valid UTF-8 and does not read as Chinese text in GB18030 (GBK) or Big5 either; save it as UTF-8 and try again.'

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

function binaryError(reason: string): DecodeError {
  return new DecodeError('binary-file', `The file is binary, not text: ${reason}.`)
}

/** Rejects decoded text that is mostly not text. */
function checkText(text: string): void {
  if (text.includes('\u0000')) throw binaryError('it contains NUL characters')
  if (controlShare(text) > MAX_CONTROL_SHARE) throw binaryError('it contains many control characters')
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps any later U+FEFF; the leading BOM is removed by the caller.
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let le = bytes
  if (order === 'utf-16be') {
    // Swap to little-endian ourselves: 'utf-16be' in TextDecoder depends on Node's ICU build.
    le = new Uint8Array(bytes.length)
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1]!
      le[i + 1] = bytes[i]!
    }
  }
  try {
    return new TextDecoder('utf-16le', {fatal: true, ignoreBOM: true}).decode(le)
  } catch {
    return undefined
  }
}

function result(text: string, encoding: SourceEncoding, bom: boolean): DecodedSource {
  checkText(text)
  return {text: normalizeNewlines(text), encoding, bom}
}

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return {text: '', encoding: 'utf-8', bom: false}

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8(bytes.subarray(3))
    if (text === undefined) {
      throw new DecodeError('undecodable', 'The file starts with a UTF-8 byte-order mark but is not valid UTF-8; save it again as UTF-8.')
    }
    return result(text, 'utf-8', true)
  }
  for (const [b0, b1, order] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be']
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = decodeUtf16(bytes.subarray(2), order)
      if (text === undefined) {
        throw new DecodeError('undecodable', `The file starts with a ${order.toUpperCase()} byte-order mark but is not valid ${order.toUpperCase()}; save it as UTF-8 and try again.`)
      }
      return result(text, order, true)
    }
  }

  const format = sniffBinaryFormat(bytes)
  if (format !== undefined) throw binaryError(`it is ${format}`)

  if (countNul(bytes) > 0) {
    // NULs are legitimate only in UTF-16 without BOM.
    const order = guessUtf16ByteOrder(bytes)
    const text = order === undefined ? undefined : decodeUtf16(bytes, order)
    if (order !== undefined && text !== undefined) return result(text, order, false)
    const chinese = readUtf16WithoutBom(bytes)
    if (chinese !== undefined) return result(chinese.text, chinese.order, false)
    throw binaryError('it contains NUL bytes and does not read as UTF-16 text either (if it is text, save it as UTF-8)')
  }

  const utf8 = decodeUtf8(bytes)
  if (utf8 !== undefined) return result(utf8, 'utf-8', false)

  const [best] = rankLegacyCjk(bytes)
  if (best === undefined || !isPlausible(best)) {
    // Control bytes, rather than a foreign encoding, are the likelier reason for a failure here.
    if (controlByteShare(bytes) > MAX_CONTROL_SHARE) throw binaryError('it contains many control characters')
    const bad = firstBadUtf8(bytes)
    if (bad === undefined) throw new DecodeError('undecodable', UNDECODABLE)
    const where = `line ${bad.line}, column ${bad.column} (byte ${bad.offset})`
    throw new DecodeError('undecodable', `${UNDECODABLE} The first byte sequence that is not UTF-8 is at ${where}.`, {line: bad.line, column: bad.column})
  }
  return result(best.text, best.encoding, false)
}
