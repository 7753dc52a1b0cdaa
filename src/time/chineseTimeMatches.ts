import {parseNumeral} from './chineseNumber.js'
import {number, pointRegex} from './chineseTimeParts.js'
import type {TimeMention} from './scanChineseTimes.js'
import type {CalendarDate, TimeModifier} from './timeValue.js'
import {isPlausible} from './timeValue.js'
import {relativeDayWords, relativeYearWords} from './vocabulary/relativeWords.js'

// From a match of a Chinese time pattern to what the expression states (`TimeMention`).

export interface Pattern {
  regex: RegExp
  build: (match: RegExpExecArray) => TimeMention | undefined
}

const seasons: Record<string, number> = {'春': 21, '夏': 22, '秋': 23, '冬': 24}
const yearParts: Record<string, {group?: number; mod?: TimeModifier}> = {
  '年初': {mod: 'START'},
  '初': {mod: 'START'},
  '年中': {mod: 'MID'},
  '底': {mod: 'END'},
  '末': {mod: 'END'},
  '年底': {mod: 'END'},
  '年末': {mod: 'END'},
  '年终': {mod: 'END'},
  '年終': {mod: 'END'},
  '上半年': {group: 40},
  '下半年': {group: 41}
}
export const monthParts: Record<string, TimeModifier> = {
  '上旬': 'START',
  '初': 'START',
  '中旬': 'MID',
  '中': 'MID',
  '下旬': 'END',
  '底': 'END',
  '末': 'END'
}
export const relativeYears = new Map(relativeYearWords.map((entry) => [entry.word, entry.amount]))
export const relativeDays = new Map(relativeDayWords.map((entry) => [entry.word, {amount: entry.amount, unit: entry.unit}]))

/** Year, month and day groups in that order, with the part of the year or month after them. */
export function applyPart(date: CalendarDate, part: string | undefined): {date: CalendarDate; mod?: TimeModifier} {
  if (!part) return {date}
  if (date.month === undefined) {
    const season = seasons[[...part][0]!]
    if (season !== undefined && !part.startsWith('上') && !part.startsWith('下')) return {date: {...date, group: season}}
    const quarter = /^第([一二三四1-4])季/.exec(part)
    if (quarter) return {date: {...date, group: 32 + parseNumeral(quarter[1]!)!}}
    if (part === '元旦' || part === '新年') return {date: {...date, month: 1, day: 1}}
    const known = yearParts[part]
    if (known) return {date: known.group ? {...date, group: known.group} : date, mod: known.mod}
    return {date}
  }
  return {date, mod: monthParts[part]}
}

export function mention(match: RegExpExecArray, fields: Omit<TimeMention, 'index' | 'length'>): TimeMention | undefined {
  if (!isPlausible(fields.from)) return undefined
  if (fields.to && fields.to !== 'open' && !isPlausible(fields.to)) return undefined
  return {index: match.index, length: match[0].length, ...fields}
}

export function modifierOf(approximately?: string, approximatelyLater?: string, beforeWord?: string, afterWord?: string): TimeModifier | undefined {
  if (beforeWord) return 'BEFORE'
  if (afterWord) return 'AFTER'
  if (approximately || approximatelyLater) return 'APPROX'
  return undefined
}

export function buildPoint(match: RegExpExecArray): TimeMention | undefined {
  const [, approx, y, m, d, partOfYear, partOfMonth, approxAfter, beforeWord, afterWord] = match
  if (y === undefined && m === undefined) return undefined
  // After a day, `中午`, `底下` are other words: the date ends at its day.
  const partAfterDay = d !== undefined ? (partOfMonth ?? partOfYear) : undefined
  if (partAfterDay) return trimmed(match, partAfterDay)
  // `9月初`, `6月底`: the year-part alternatives that also are month parts.
  const monthPartFromYear = m !== undefined && partOfYear !== undefined && partOfYear in monthParts ? partOfYear : undefined
  if (partOfYear && m !== undefined && !monthPartFromYear) return undefined // `3月春` is not a date
  const applied = applyPart({year: number(y), month: number(m), day: number(d)}, partOfMonth ?? monthPartFromYear ?? partOfYear)
  // `后`/`前` after a month or day belongs to an event (`6月12日后`), not to the date.
  if ((afterWord === '后' || afterWord === '後') && (y === undefined || m !== undefined)) return trimmed(match, afterWord)
  if (beforeWord === '前' && m !== undefined && d === undefined) return trimmed(match, beforeWord)
  const mod = applied.mod ?? modifierOf(approx, approxAfter, beforeWord, afterWord)
  return mention(match, {from: clean(applied.date), ...(mod ? {mod} : {})})
}

export function clean(date: CalendarDate): CalendarDate {
  const result: CalendarDate = {}
  for (const key of Object.keys(date) as Array<keyof CalendarDate>) if (date[key] !== undefined) result[key] = date[key]
  return result
}

/** The match without a trailing word that turned out not to belong to it. */
function trimmed(match: RegExpExecArray, word: string): TimeMention | undefined {
  const shorter = match[0].slice(0, match[0].lastIndexOf(word))
  const again = new RegExp(pointRegex.source, 'y')
  const rematch = again.exec(shorter)
  if (!rematch || rematch[0] !== shorter) return undefined
  rematch.index = match.index
  return buildPoint(rematch)
}
