/**
 * Telling GB18030 (GBK, GB2312) from Big5 for bytes that are not UTF-8.
 *
 * Both encodings accept most byte pairs, so validity alone cannot decide: a GBK
 * sentence read as Big5 is a string of real but odd characters. Each encoding
 * orders its characters by frequency tier (GB2312 level 1, Big5 "frequently
 * used"), so the share of characters from the frequent tier shows which reading
 * is the intended one; chardet's frequency-based confidence is added as a second
 * opinion.
 */
import {analyse} from 'chardet'
import iconv from 'iconv-lite'

export type LegacyEncoding = 'gb18030' | 'big5'

interface Tally {
  /** Multi-byte characters. */
  multi: number
  /** Frequent-tier characters and common punctuation. */
  common: number
  /** Invalid sequences, user-defined (private use) codes. */
  bad: number
}

const inRange = (b: number, lo: number, hi: number): boolean => b >= lo && b <= hi

function tallyGb18030(bytes: Uint8Array): Tally {
  const t: Tally = {multi: 0, common: 0, bad: 0}
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    t.multi++
    const c = bytes[i + 1]
    if (!inRange(b, 0x81, 0xfe) || c === undefined) {
      t.bad++
      i++
      continue
    }
    if (inRange(c, 0x30, 0x39)) {
      // Four-byte form: valid, but only needed for characters outside GBK.
      const d = bytes[i + 2]
      const e = bytes[i + 3]
      if (d !== undefined && e !== undefined && inRange(d, 0x81, 0xfe) && inRange(e, 0x30, 0x39)) i += 4
      else {
        t.bad++
        i++
      }
      continue
    }
    if (!(inRange(c, 0x40, 0x7e) || inRange(c, 0x80, 0xfe))) {
      t.bad++
      i++
      continue
    }
    i += 2
    if (c >= 0xa1 && (inRange(b, 0xb0, 0xd7) || inRange(b, 0xa1, 0xa3)))
      t.common++ // level-1 hanzi, punctuation
    else if ((c >= 0xa1 && (inRange(b, 0xaa, 0xaf) || b >= 0xf8)) || (c < 0xa1 && inRange(b, 0xa1, 0xa7))) t.bad++ // user-defined areas
  }
  return t
}

function tallyBig5(bytes: Uint8Array): Tally {
  const t: Tally = {multi: 0, common: 0, bad: 0}
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    t.multi++
    const c = bytes[i + 1]
    if (!inRange(b, 0x81, 0xfe) || c === undefined || !(inRange(c, 0x40, 0x7e) || inRange(c, 0xa1, 0xfe))) {
      t.bad++
      i++
      continue
    }
    i += 2
    const code = (b << 8) | c
    if (inRange(code, 0xa440, 0xc67e) || inRange(code, 0xa140, 0xa1fe)) t.common++ // frequent hanzi, punctuation
  }
  return t
}

/** Characters that only come out of a misreading: replacement and private-use characters. */
function countJunk(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (c === 0xfffd || inRange(c, 0xe000, 0xf8ff) || inRange(c, 0xf0000, 0x10ffff)) n++
  }
  return n
}

export interface LegacyCandidate {
  encoding: LegacyEncoding
  text: string
  /** Higher is more plausible; about 1 for clean text, at most 0.5 for noise. */
  score: number
  /** Share of multi-byte characters that are invalid or private use. */
  badShare: number
}

const CHARDET_NAME: Record<LegacyEncoding, string> = {gb18030: 'GB18030', big5: 'Big5'}

/** Both readings, best first (ties go to GB18030, the more common of the two). */
export function rankLegacyCjk(bytes: Uint8Array): LegacyCandidate[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const matches = analyse(bytes)
  const candidates = (['gb18030', 'big5'] as const).map((encoding): LegacyCandidate => {
    const text = iconv.decode(buffer, encoding, {stripBOM: false})
    const tally = encoding === 'gb18030' ? tallyGb18030(bytes) : tallyBig5(bytes)
    const multi = Math.max(tally.multi, 1)
    const bad = Math.max(tally.bad, countJunk(text))
    const badShare = bad / multi
    const tier = tally.common / multi - 3 * badShare
    const confidence = (matches.find((m) => m.name === CHARDET_NAME[encoding])?.confidence ?? 0) / 100
    return {encoding, text, score: 0.6 * tier + 0.4 * confidence, badShare}
  })
  return candidates.sort((a, b) => b.score - a.score)
}

/** A reading is accepted only if it is mostly frequent characters and nearly free of invalid codes. */
export function isPlausible(candidate: LegacyCandidate): boolean {
  return candidate.score >= 0.45 && candidate.badShare <= 0.05
}
