import {
  approximatelyBefore,
  number,
  bareDay,
  dash,
  dayNumber,
  decade,
  decadeOf,
  firstDate,
  monthNumber,
  monthPart,
  ordinalDay,
  pointRegex,
  relativeAmount,
  relativeDayWord,
  relativeYearWord,
  space,
  week,
  weekShift,
  weekday,
  weekdays,
  year4,
  yearPart,
  yearsLater
} from './chineseTimeParts.js'
import {parseNumeral} from './chineseNumber.js'
import {type Pattern, applyPart, buildPoint, clean, mention, relativeDays, relativeYears} from './chineseTimeMatches.js'
import type {CalendarDate} from './timeValue.js'

/**
 * Every pattern of a Chinese time expression, tried at each position; the
 * longest match wins, and among equally long ones the first in this list.
 */
export const patterns: Pattern[] = [
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
