import {englishNlp} from '../english/englishNlp.js'
import type {TimeMention} from './scanChineseTimes.js'
import type {CalendarDate} from './timeValue.js'
import {isPlausible} from './timeValue.js'

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const month = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const day = '(\\d{1,2})(?:st|nd|rd|th)?'
const year = '(1[89]\\d\\d|20\\d\\d)'
const dash = '\\s*(?:to|through|until|–|—|-)\\s*'

function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined
  const key = name.toLowerCase().replace(/\.$/, '')
  const index = months.findIndex((candidate) => candidate.startsWith(key.slice(0, 3)))
  return index === -1 ? undefined : index + 1
}

const numberWords: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10}

interface EnglishPattern {
  regex: RegExp
  build: (match: RegExpExecArray) => Omit<TimeMention, 'index' | 'length'> | undefined
  /** Relative phrases compromise does not report: kept without its agreement. */
  relative?: boolean
}

const patterns: EnglishPattern[] = [
  // `July 26 to August 7, 2005`, `September 13 to 19, 2005`, `February 27 to 28, 2019`
  {
    regex: new RegExp(`\\b${month}\\s+${day}(?:,?\\s+${year})?${dash}(?:${month}\\s+)?${day}(?:,?\\s+${year})?\\b`, 'g'),
    build: (m) => {
      const endYear = m[6] === undefined ? undefined : Number(m[6])
      const startYear = m[3] === undefined ? endYear : Number(m[3])
      return {
        from: {year: startYear, month: monthNumber(m[1]), day: Number(m[2])},
        to: {year: endYear, month: monthNumber(m[4]) ?? monthNumber(m[1]), day: Number(m[5])}
      }
    }
  },
  // `June 12, 2018`, `May 24`
  {
    regex: new RegExp(`\\b${month}\\s+${day}(?:,?\\s+${year})?\\b`, 'g'),
    build: (m) => ({from: {year: m[3] === undefined ? undefined : Number(m[3]), month: monthNumber(m[1]), day: Number(m[2])}})
  },
  // `12 June 2018`
  {
    regex: new RegExp(`\\b${day}\\s+${month}(?:,?\\s+${year})?\\b`, 'g'),
    build: (m) => ({from: {year: m[3] === undefined ? undefined : Number(m[3]), month: monthNumber(m[2]), day: Number(m[1])}})
  },
  // `June 2018`
  {
    regex: new RegExp(`\\b${month}\\s+${year}\\b`, 'g'),
    build: (m) => ({from: {year: Number(m[2]), month: monthNumber(m[1])}})
  },
  // `2018`
  {
    regex: new RegExp(`\\b${year}\\b`, 'g'),
    build: (m) => ({from: {year: Number(m[1])}})
  },
  // `the next day`, `the following day`, `the same day`, `the day before`
  {
    regex: /\b[Tt]he\s+(?:(next|following|previous|same)\s+day|day\s+(after|before))\b/g,
    relative: true,
    build: (m) => {
      const word = m[1] ?? m[2]
      const amount = word === 'same' ? 0 : word === 'previous' || word === 'before' ? -1 : 1
      // `the day after Trump had proposed it`: placed against another event, it restates the sentence's date.
      const restatesSentence = m[2] !== undefined && /^\s+[A-Za-z]/.test(m.input.slice(m.index + m[0].length))
      return {from: {}, relative: {amount, unit: 'day', ...(restatesSentence ? {restatesSentence} : {})}}
    }
  },
  // `a week later`, `two days earlier`, `a month later`
  {
    regex: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month)s?\s+(later|after|earlier|before)\b/gi,
    relative: true,
    build: (m) => {
      const count = numberWords[m[1]!.toLowerCase()] ?? Number(m[1])
      const sign = /later|after/i.test(m[3]!) ? 1 : -1
      const unit = m[2]!.toLowerCase()
      return {from: {}, relative: {amount: sign * count * (unit === 'week' ? 7 : 1), unit: unit === 'month' ? 'month' : 'day'}}
    }
  }
]

/** Spans (UTF-16) where compromise sees a date: it tells the month `May` from the verb `may`. */
function compromiseSpans(text: string): Array<[number, number]> {
  const document = englishNlp()(text) as unknown as {dates: () => {json: (options: object) => Array<{offset: {start: number; length: number}}>}}
  return document
    .dates()
    .json({offset: true})
    .map((found) => [found.offset.start, found.offset.start + found.offset.length])
}

/** Whether a span shares a code unit with one of `spans` (or holds an empty one strictly inside), as `spans.some(overlaps)` answers. */
function covered(length: number, spans: Array<[number, number]>): (start: number, end: number) => boolean {
  const units = new Uint8Array(length + 1)
  const empty: number[] = []
  for (const [from, to] of spans) {
    if (from < to) units.fill(1, from, to)
    else empty.push(from)
  }
  return (start, end) => units.subarray(start, end).includes(1) || empty.some((at) => start < at && at < end)
}

/**
 * English time expressions: compromise (with compromise-dates) finds where the
 * dates are; their values are read here, with the same EDTF output and the
 * same context rules as Chinese (compromise fills missing years from today's
 * date, which this project never does).
 */
export function scanEnglishTimes(text: string): TimeMention[] {
  // Which code units compromise dated and which a found expression holds: one lookup per unit of a match,
  // not a scan of every span and every expression per match (quadratic on a long text full of dates).
  const dated = covered(text.length, compromiseSpans(text))
  const held = new Uint8Array(text.length + 1)
  const found: TimeMention[] = []
  const taken = (start: number, end: number) => held.subarray(start, end).includes(1)
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const start = match.index
      const end = start + match[0].length
      if (taken(start, end)) continue
      if (!pattern.relative && !dated(start, end)) continue
      const fields = pattern.build(match)
      if (!fields || !isPlausible(fields.from) || (fields.to && fields.to !== 'open' && !isPlausible(fields.to as CalendarDate))) continue
      found.push({index: start, length: match[0].length, ...fields})
      held.fill(1, start, end)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}
