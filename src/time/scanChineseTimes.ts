import {parseNumeral} from './chineseNumber.js'
import type {CalendarDate, TimeModifier} from './timeValue.js'
import {isPlausible} from './timeValue.js'
import {alternation, relativeDayWords, relativeYearWords} from './vocabulary/relativeWords.js'

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

// Building blocks. Spaces: PDF extraction leaves `2018 年 4 月 28 日`.
const space = '[ \\u3000]{0,2}'
const year4 = '([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})'
const monthNumber = '([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])'
const dayNumber = '([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])'
const dash = `${space}(?:至|到|~|～|〜|－|—|–|-|‐)${space}`
/** Suffixes after a year: parts of the year. Characters that make them a word (`初步`, `冬奥会`, `年中国`) do not count. */
const yearPart = '(元旦|新年(?!快乐|快樂)|年[内內]|年初|年中(?![国國方共华華])|年底|年末|年终|年終|初(?!步|期|次|衷)|底|末|上半年|下半年|[春夏秋冬][季天](?![奥奧运運])|[春夏秋冬](?![节節季天奥奧运運装裝])|第[一二三四1-4]季度?)'
const monthPart = '(上旬|中旬|下旬|初(?!步|次|衷)|底|末|中(?![国國方共华華美朝韩韓日俄]))'
/** `年内` only when no count stands before it (`三年内` is a duration). */
const relativeYearWord = `(${relativeYearWords.map(({word}) => (word.startsWith('年') ? `(?<![0-9０-９〇零一二两兩三四五六七八九十几幾数數半多][ \\u3000]?)${word}` : word)).join('|')})`
const relativeDayWord = `(${alternation(relativeDayWords)})`
/** `第二天`, `首天`: the n-th day of what was just dated. */
const ordinalDay = '(?:第([一二三四五六七八九十]|[0-9]{1,2})|首)(?:天|日)'
/** Durations that end in `后`: `时隔7个月后`, `历时3天后`. */
const durationBefore = '(?<!时隔|時隔|相隔|事隔|历时|歷時|为期|為期|长达|長達)'
const countNumber = '([0-9０-９]{1,3}|[一二两兩三四五六七八九十几幾数數]{1,3})'
/** `两个月后`; not when a date follows to say which day it is (`四天后的1月10日`). */
const relativeAmount = `${durationBefore}${countNumber}${space}(个月|個月|天|日|周|週|星期)${space}(后|後|前|以后|以後|之后|之後)(?!的${space}(?:[0-9０-９]{4}${space}年${space})?[0-9０-９]{1,2}${space}月)`
const before = '(以前|之前|前)'
const after = '(以后|以後|之后|之後|后|後)'
/** `约`, `大约` before a date; not the end of a word (`条约在…`, `公约于…`). */
const approximatelyBefore = '(?:(?<![条條公合契盟协協和预預节節邀誓制婚租])(约|約|大约|大約)(?:在|於|于)?)?'
const approximatelyAfter = '(左右|前后|前後)?'

/** Words that make a following `X月X日` the name of a place or thing. */
const nameAfterDate = '(?![体體]育|[竞競]技|大街|广场|廣場|工厂|工廠|共同|宣言|声明|聲明|协议|協議|文件|事件|运动|運動)'

/** Year, month and day, each optional, in that order. */
const firstDate = `(?:${year4}${space}年${space})?(?:${monthNumber}${space}月份?${space}(?:${dayNumber}${space}[日号號])?)?`

const decade = `(?:([0-9０-９]{2}|二十|二十一|十九)${space}世[纪紀]${space})?(?:([12１２][0-9０-９]{2}0|[0-9０-９]0|[一二三四五六七八九]十)${space}年代)?(初期|初|中期|末期|末|后期|後期|前期)?`

/** `20世纪70年代` → 197, `90年代初` → 199 START, `20世纪` → century 19. */
function decadeOf(centuryText?: string, decadeText?: string, part?: string): {decade?: number; century?: number; mod?: TimeModifier} | undefined {
  if (centuryText === undefined && decadeText === undefined) return undefined
  const century = number(centuryText)
  const tens = number(decadeText)
  const mod: TimeModifier | undefined = ['初', '初期', '前期'].includes(part ?? '') ? 'START' : ['末', '末期', '后期', '後期'].includes(part ?? '') ? 'END' : part === '中期' ? 'MID' : undefined
  if (tens === undefined) return {century: century! - 1, ...(mod ? {mod} : {})}
  // `1960年代`: the four digits name the decade themselves.
  if (tens >= 1000) return {decade: Math.floor(tens / 10), ...(mod ? {mod} : {})}
  // Without a century, `90年代` is the 1990s in these texts (modern history).
  const base = century === undefined ? (tens <= 20 ? 20 : 19) : century - 1
  return {decade: base * 10 + tens / 10, ...(mod ? {mod} : {})}
}

/** `2月12日当天`: a same-day word right after a date restates it, and is part of the expression. */
const restatedDay = `(?:${alternation(relativeDayWords.filter((entry) => entry.restatesDate))})?`

const pointRegex = new RegExp(`${approximatelyBefore}${firstDate}${nameAfterDate}${yearPart}?${monthPart}?${approximatelyAfter}(?:${before}|${after})?${restatedDay}`, 'y')

/** Small counts of years (`一年后`, `兩年後`); longer spans (`55年后`) are durations. */
const yearsLater = `${durationBefore}(?<![0-9０-９〇零一二两兩三四五六七八九十百几幾数數多])([一二两兩三四五])${space}年${space}(后|後|之后|之後|以后|以後)`
/** A bare day (`12日`, `。19日凌晨`); not a count (`第12日`, `共3日`, `3日内`) or a word (`日本`, `日元`). */
const bareDay = '(?<![0-9０-９年月第每共约約近达達历歷时時为為满滿逾超过過几幾数數这這此那该該头頭最问問留续續期])([0-9０-９]{1,2})日(?![内內间間来來後后前以之本元多余餘整])'
const weekdays: Record<string, number> = {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7}
const weekShift: Record<string, number> = {'上': -1, '下': 1}
/** `周二`, `下星期一`: a weekday of the anchor's week (or the week before or after). */
const weekday = '(上|下|本|这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])(?![0-9０-９年])'
/** `上周`, `下星期`: a whole week, Monday to Sunday. */
const week = '(上|下|本|这|這)(?:个|個)?(?:星期|礼拜|禮拜|周|週)(?![一二三四五六日天年末])'

interface Pattern {
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
const monthParts: Record<string, TimeModifier> = {
  '上旬': 'START',
  '初': 'START',
  '中旬': 'MID',
  '中': 'MID',
  '下旬': 'END',
  '底': 'END',
  '末': 'END'
}
const relativeYears = new Map(relativeYearWords.map((entry) => [entry.word, entry.amount]))
const relativeDays = new Map(relativeDayWords.map((entry) => [entry.word, {amount: entry.amount, unit: entry.unit}]))

function number(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseNumeral(text)
}

/** Year, month and day groups in that order, with the part of the year or month after them. */
function applyPart(date: CalendarDate, part: string | undefined): {date: CalendarDate; mod?: TimeModifier} {
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

function mention(match: RegExpExecArray, fields: Omit<TimeMention, 'index' | 'length'>): TimeMention | undefined {
  if (!isPlausible(fields.from)) return undefined
  if (fields.to && fields.to !== 'open' && !isPlausible(fields.to)) return undefined
  return {index: match.index, length: match[0].length, ...fields}
}

function modifierOf(approximately?: string, approximatelyLater?: string, beforeWord?: string, afterWord?: string): TimeModifier | undefined {
  if (beforeWord) return 'BEFORE'
  if (afterWord) return 'AFTER'
  if (approximately || approximatelyLater) return 'APPROX'
  return undefined
}

const patterns: Pattern[] = [
  // Year ranges without 年 on the first: `1998－2003`, `2017~2018 年`, open `2017－）`.
  {
    regex: new RegExp(`${year4}${space}(?:年)?${dash}(?:${year4}${space}(?:年)?|(?=[）)]))`, 'y'),
    build: (match) => {
      const from = number(match[1])!
      const to = number(match[2])
      if (from < 1000 || from > 2100 || (to !== undefined && (to < from || to > 2100))) return undefined
      return mention(match, {from: {year: from}, to: to === undefined ? 'open' : {year: to}})
    }
  },
  // `9月18至20日`, `9月13-9月18日`: the first day lacks its 日.
  {
    regex: new RegExp(`(?:${year4}${space}年${space})?${monthNumber}${space}月${space}([0-9０-９]{1,2})${dash}(?:${monthNumber}${space}月${space})?([0-9０-９]{1,2})${space}[日号號]`, 'y'),
    build: (match) => {
      const year = number(match[1])
      const month = number(match[2])
      return mention(match, {from: {year, month, day: number(match[3])}, to: {year, month: number(match[4]) ?? month, day: number(match[5])}})
    }
  },
  // `11至12月`, `2018年3至5月`: the first month lacks its 月.
  {
    regex: new RegExp(`(?:${year4}${space}年${space})?${monthNumber}${dash}${monthNumber}${space}月(?![0-9０-９一二三四五六七八九十]{1,2}[日号號])`, 'y'),
    build: (match) => {
      const year = number(match[1])
      const from = number(match[2])!
      const to = number(match[3])!
      if (to <= from) return undefined
      return mention(match, {from: clean({year, month: from}), to: clean({year, month: to})})
    }
  },
  // `同年9月20日至23日`: a range whose year is given relative to the story's.
  {
    regex: new RegExp(`${relativeYearWord}${space}${monthNumber}${space}月${space}${dayNumber}${space}[日号號]?${dash}(?:${monthNumber}${space}月${space})?${dayNumber}${space}[日号號]`, 'y'),
    build: (match) => {
      const [, word, m1, d1, m2, d2] = match
      return mention(match, {from: {month: number(m1), day: number(d1)}, to: {month: number(m2 ?? m1), day: number(d2)}, relativeYear: relativeYears.get(word!)!})
    }
  },
  // Dates: `2000年6月13日`, `2018年9月`, `2016年年初`, `2005年9月以前`.
  {regex: pointRegex, build: buildPoint},
  // Ranges: `2000年6月13日至15日`, `2005年7月26日至8月7日`, `2018年9月至12月`, `6 月 29 日至 30 日`.
  {
    regex: new RegExp(`${firstDate}${dash}(?=[0-9０-９〇零○一二三四五六七八九十])(?:${year4}${space}年${space})?(?:${monthNumber}${space}月份?${space})?(?:${dayNumber}${space}[日号號])?`, 'y'),
    build: (match) => {
      const [, y1, m1, d1, y2, m2, d2] = match
      const from: CalendarDate = {year: number(y1), month: number(m1), day: number(d1)}
      const to: CalendarDate = {year: number(y2), month: number(m2), day: number(d2)}
      if (to.year === undefined && to.month === undefined && to.day === undefined) return undefined
      if (from.year === undefined && from.month === undefined) return undefined
      // The second half cannot be finer than the first allows: `2018年至12日` is not a range.
      if (to.year === undefined && to.month === undefined && from.day === undefined) return undefined
      if (from.month === undefined && to.year === undefined) return undefined
      return mention(match, {from: clean(from), to: clean(to)})
    }
  },
  // Decades and centuries: `20世纪70年代`, `90年代初`, `20世纪`, `1950年代后`.
  {
    regex: new RegExp(`${approximatelyBefore}${decade}(?:(以前|之前)|(以后|以後|之后|之後|后|後))?`, 'y'),
    build: (match) => {
      const found = decadeOf(match[2], match[3], match[4])
      // A part of the decade (`初`) says more than `约` around it.
      const mod = match[5] ? 'BEFORE' : match[6] ? 'AFTER' : (found?.mod ?? (match[1] ? 'APPROX' : undefined))
      return found && mention(match, {from: found.decade === undefined ? {century: found.century} : {decade: found.decade}, ...(mod ? {mod} : {})})
    }
  },
  // Decade ranges: `20世纪90年代初到 90 年代末` (the whole 1990s).
  {
    regex: new RegExp(`${decade}${dash}${decade}`, 'y'),
    build: (match) => {
      const first = decadeOf(match[1], match[2], match[3])
      const second = decadeOf(match[4], match[5], match[6])
      if (!first || !second || first.decade === undefined || second.decade === undefined || second.decade < first.decade) return undefined
      return mention(match, first.decade === second.decade ? {from: {decade: first.decade}} : {from: {decade: first.decade}, to: {decade: second.decade}})
    }
  },
  // Ranges ending in the same year's end: `2018年 9月至今年年底`.
  {
    regex: new RegExp(`${firstDate}${dash}(?:今年|本年|同年|当年|當年)(?:年底|年末|底|末)`, 'y'),
    build: (match) => {
      const from: CalendarDate = {year: number(match[1]), month: number(match[2]), day: number(match[3])}
      if (from.year === undefined || from.month === undefined) return undefined
      return mention(match, {from: clean(from), to: {year: from.year, month: 12}})
    }
  },
  // `9月18日和27日`: a bare day after a conjunction takes the month of the date before it.
  {
    regex: new RegExp(`(?<=[在於于和及、与與])${dayNumber}${space}[日号號](?![本元])`, 'y'),
    build: (match) => mention(match, {from: {day: number(match[1])}})
  },
  // `第二天`, `首天`
  {
    regex: new RegExp(ordinalDay, 'y'),
    build: (match) => {
      const nth = match[1] === undefined ? 1 : parseNumeral(match[1])
      if (nth === undefined || nth < 1 || nth > 31) return undefined
      return mention(match, {from: {}, relative: {amount: nth - 1, unit: 'day', ordinal: true}})
    }
  },
  // `之后数日`, `此後幾天`
  {
    regex: /(?:之后|之後|此后|此後)(?:数日|數日|几天|幾天|数天|數天)/y,
    build: (match) => mention(match, {from: {}, relative: {amount: 0, unit: 'day', vague: true}, mod: 'AFTER'})
  },
  // `同年8月8日`, `次年3月`, `今年年底`, `同年夏天`, `同年`.
  {
    regex: new RegExp(`${relativeYearWord}${space}(?:${monthNumber}${space}月份?${space}(?:${dayNumber}${space}[日号號])?)?${yearPart}?${monthPart}?`, 'y'),
    build: (match) => {
      const [, word, m, d, partOfYear, partOfMonth] = match
      const applied = applyPart({month: number(m), day: number(d)}, partOfMonth ?? (m === undefined ? partOfYear : undefined))
      if (partOfYear && m !== undefined) return undefined
      return mention(match, {from: clean(applied.date), relativeYear: relativeYears.get(word!)!, ...(applied.mod ? {mod: applied.mod} : {})})
    }
  },
  // `次日`, `当天`, `前一天`, `下月`.
  {
    regex: new RegExp(relativeDayWord, 'y'),
    // `下月`, `上个月` name a month: its value is the month, whatever the anchor's day.
    build: (match) => {
      const relative = relativeDays.get(match[1]!)!
      return mention(match, {from: {}, relative: relative.unit === 'month' ? {...relative, namesUnit: true} : relative})
    }
  },
  // `两个月后`, `几天后`, `3天前`.
  {
    regex: new RegExp(relativeAmount, 'y'),
    build: (match) => {
      const [, count, unitText, direction] = match
      const vague = /[几幾数數]/.test(count!)
      const amount = vague ? 0 : parseNumeral(count!)
      if (amount === undefined) return undefined
      const sign = /前/.test(direction!) ? -1 : 1
      const unit = /月/.test(unitText!) ? 'month' : 'day'
      const days = /周|週|星期/.test(unitText!) ? 7 : 1
      return mention(match, {
        from: {},
        relative: {amount: sign * amount * (unit === 'day' ? days : 1), unit, ...(vague ? {vague: true} : {})},
        ...(vague ? ({mod: sign > 0 ? 'AFTER' : 'BEFORE'} as const) : {})
      })
    }
  },
  // Numeric dates in tables and lists: `2006/10/09`, `2017-09-03`, `2016.01.06`; not inside a URL or a path.
  {
    regex: /(?<![\w/=%.-])(1[89][0-9]{2}|20[0-9]{2})([/.-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9])/y,
    build: (match) => mention(match, {from: {year: Number(match[1]), month: Number(match[3]), day: Number(match[4])}})
  },
  // `一年后`, `兩年後`.
  {
    regex: new RegExp(yearsLater, 'y'),
    build: (match) => mention(match, {from: {}, relative: {amount: parseNumeral(match[1]!)!, unit: 'year'}})
  },
  // `12日`, `18日下午`, `。19日凌晨`: the day of the story's current month.
  {
    regex: new RegExp(bareDay, 'y'),
    build: (match) => mention(match, {from: {day: number(match[1])}})
  },
  // `周二`, `星期一`, `下星期三`.
  {
    regex: new RegExp(weekday, 'y'),
    build: (match) => mention(match, {from: {}, relative: {amount: weekShift[match[1] ?? ''] ?? 0, unit: 'week', weekday: weekdays[match[2]!]!}})
  },
  // `上周`, `下星期`, `本周`.
  {
    regex: new RegExp(week, 'y'),
    build: (match) => mention(match, {from: {}, relative: {amount: weekShift[match[1]!] ?? 0, unit: 'week'}})
  },
  // Open ranges: `2012年至今`, `2015年3月2日—` at the end of a clause.
  {
    regex: new RegExp(`${firstDate}(?:${space}(?:至今|迄今)|${dash}(?=[）)，,。；;、\\n]|$))`, 'y'),
    build: (match) => {
      const from: CalendarDate = {year: number(match[1]), month: number(match[2]), day: number(match[3])}
      if (from.year === undefined) return undefined
      return mention(match, {from: clean(from), to: 'open'})
    }
  },
  // A year alone in brackets: `《歌名》（1995）`.
  {
    regex: new RegExp(`(?<=[（(])${year4}(?=[）)])`, 'y'),
    build: (match) => {
      const year = number(match[1])!
      return year >= 1800 && year <= 2100 ? mention(match, {from: {year}}) : undefined
    }
  }
]

function buildPoint(match: RegExpExecArray): TimeMention | undefined {
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

function clean(date: CalendarDate): CalendarDate {
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
