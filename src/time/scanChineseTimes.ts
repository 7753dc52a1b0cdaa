import {patterns} from './chineseTimePatterns.js'
import type {CalendarDate, TimeModifier} from './timeValue.js'

/**
 * A time expression as the text states it: what it says explicitly, and what
 * it leaves to context (a missing year, a relative day).
 */
export interface TimeMention {
  /** UTF-16 offsets in the text (converted to code points by the caller). */
  index: number
  length: number
  from: CalendarDate
  /** Second half of a range; missing fields come from `from`. `open` for `2017－`. */
  to?: CalendarDate | 'open'
  mod?: TimeModifier
  /** A year given relative to another expression (`同年`, `次年`, `今年`). */
  relativeYear?: number
  /** A date given relative to another expression (`次日`, `两个月后`). */
  relative?: {amount: number; unit: 'day' | 'month' | 'year' | 'week'; vague?: boolean; ordinal?: boolean; restatesSentence?: boolean; weekday?: number; namesUnit?: boolean}
}

/** `15:20`, `08:40`, `16时`: a time of day. */
const timeOfDay = /^[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|[时時点點])/

/** `“今日朝鲜”`: a word that opens a short quoted name is part of the name. */
function isQuotedName(text: string, position: number, length: number): boolean {
  if (!/[“「『《"]/.test(text[position - 1] ?? '')) return false
  const close = text.slice(position + length, position + length + 10).search(/[”」』》"]/)
  return close > 0
}

/** Characters where an expression may start. */
const startCharacter = /[0-9０-９〇零○一二三四五六七八九十两兩几幾数數同次翌当當该該今本去前明昨这這那首隔第下上约約大之此年星礼禮周週]/

/**
 * Every Chinese time expression in the text, longest match first at each
 * position, left to right, without overlaps. A digit glued to a preceding
 * digit or letter is not a start (`A320`, `12018`).
 */
export function scanChineseTimes(text: string): TimeMention[] {
  const found: TimeMention[] = []
  let position = 0
  while (position < text.length) {
    const character = text[position]!
    // A digit glued to a digit, a letter or a decimal point is not a start; `．` ends a sentence after a word.
    const glued = /[0-9０-９A-Za-z.·•]/.test(text[position - 1] ?? '') || (text[position - 1] === '．' && /[0-9０-９]/.test(text[position - 2] ?? ''))
    if (!startCharacter.test(character) || glued) {
      position++
      continue
    }
    let best: TimeMention | undefined
    for (const pattern of patterns) {
      pattern.regex.lastIndex = position
      const match = pattern.regex.exec(text)
      if (!match || match[0].length === 0) continue
      // Numbers glued to what follows are counts or names (`2375号`, `5·26`), not dates;
      // a time of day after a date (`3月5日15:20`, `同日16时`) is not.
      const after = text.slice(position + match[0].length, position + match[0].length + 6)
      if (/^[0-9０-９·•．]/.test(after) && !timeOfDay.test(after)) continue
      if (isQuotedName(text, position, match[0].length)) continue
      const candidate = pattern.build(match)
      if (candidate && (!best || candidate.length > best.length)) best = candidate
    }
    if (best) {
      found.push(best)
      position += best.length
    } else {
      position++
    }
  }
  return found
}
