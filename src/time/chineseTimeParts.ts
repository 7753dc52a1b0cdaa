import {alternation, relativeDayWords, relativeYearWords} from './vocabulary/relativeWords.js'
import {parseNumeral} from './chineseNumber.js'
import type {TimeModifier} from './timeValue.js'

/**
 * The building blocks of the Chinese time patterns (`chineseTimePatterns.ts`):
 * regex sources for years, months, days, parts of them, relative words and
 * their guards. Spaces: PDF extraction leaves `2018 年 4 月 28 日`.
 */
// Building blocks. Spaces: PDF extraction leaves `2018 年 4 月 28 日`.
export const space = '[ \\u3000]{0,2}'
export const year4 = '([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})'
export const monthNumber = '([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])'
export const dayNumber = '([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])'
export const dash = `${space}(?:至|到|~|～|〜|－|—|–|-|‐)${space}`
/** Suffixes after a year: parts of the year. Characters that make them a word (`初步`, `冬奥会`, `年中国`) do not count. */
export const yearPart = '(元旦|新年(?!快乐|快樂)|年[内內]|年初|年中(?![国國方共华華])|年底|年末|年终|年終|初(?!步|期|次|衷)|底|末|上半年|下半年|[春夏秋冬][季天](?![奥奧运運])|[春夏秋冬](?![节節季天奥奧运運装裝])|第[一二三四1-4]季度?)'
export const monthPart = '(上旬|中旬|下旬|初(?!步|次|衷)|底|末|中(?![国國方共华華美朝韩韓日俄]))'
/** `年内` only when no count stands before it (`三年内` is a duration). */
export const relativeYearWord = `(${relativeYearWords.map(({word}) => (word.startsWith('年') ? `(?<![0-9０-９〇零一二两兩三四五六七八九十几幾数數半多][ \\u3000]?)${word}` : word)).join('|')})`
export const relativeDayWord = `(${alternation(relativeDayWords)})`
/** `第二天`, `首天`: the n-th day of what was just dated. */
export const ordinalDay = '(?:第([一二三四五六七八九十]|[0-9]{1,2})|首)(?:天|日)'
/** Durations that end in `后`: `时隔7个月后`, `历时3天后`. */
export const durationBefore = '(?<!时隔|時隔|相隔|事隔|历时|歷時|为期|為期|长达|長達)'
export const countNumber = '([0-9０-９]{1,3}|[一二两兩三四五六七八九十几幾数數]{1,3})'
/** `两个月后`; not when a date follows to say which day it is (`四天后的1月10日`). */
export const relativeAmount = `${durationBefore}${countNumber}${space}(个月|個月|天|日|周|週|星期)${space}(后|後|前|以后|以後|之后|之後)(?!的${space}(?:[0-9０-９]{4}${space}年${space})?[0-9０-９]{1,2}${space}月)`
export const before = '(以前|之前|前)'
export const after = '(以后|以後|之后|之後|后|後)'
/** `约`, `大约` before a date; not the end of a word (`条约在…`, `公约于…`). */
export const approximatelyBefore = '(?:(?<![条條公合契盟协協和预預节節邀誓制婚租])(约|約|大约|大約)(?:在|於|于)?)?'
export const approximatelyAfter = '(左右|前后|前後)?'

/** Words that make a following `X月X日` the name of a place or thing. */
export const nameAfterDate = '(?![体體]育|[竞競]技|大街|广场|廣場|工厂|工廠|共同|宣言|声明|聲明|协议|協議|文件|事件|运动|運動)'

/** Year, month and day, each optional, in that order. */
export const firstDate = `(?:${year4}${space}年${space})?(?:${monthNumber}${space}月份?${space}(?:${dayNumber}${space}[日号號])?)?`

export const decade = `(?:([0-9０-９]{2}|二十|二十一|十九)${space}世[纪紀]${space})?(?:([12１２][0-9０-９]{2}0|[0-9０-９]0|[一二三四五六七八九]十)${space}年代)?(初期|初|中期|末期|末|后期|後期|前期)?`

/** `20世纪70年代` → 197, `90年代初` → 199 START, `20世纪` → century 19. */
export function decadeOf(centuryText?: string, decadeText?: string, part?: string): {decade?: number; century?: number; mod?: TimeModifier} | undefined {
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
export const restatedDay = `(?:${alternation(relativeDayWords.filter((entry) => entry.restatesDate))})?`

export const pointRegex = new RegExp(`${approximatelyBefore}${firstDate}${nameAfterDate}${yearPart}?${monthPart}?${approximatelyAfter}(?:${before}|${after})?${restatedDay}`, 'y')

/** Small counts of years (`一年后`, `兩年後`); longer spans (`55年后`) are durations. */
export const yearsLater = `${durationBefore}(?<![0-9０-９〇零一二两兩三四五六七八九十百几幾数數多])([一二两兩三四五])${space}年${space}(后|後|之后|之後|以后|以後)`
/** A bare day (`12日`, `。19日凌晨`); not a count (`第12日`, `共3日`, `3日内`) or a word (`日本`, `日元`). */
export const bareDay = '(?<![0-9０-９年月第每共约約近达達历歷时時为為满滿逾超过過几幾数數这這此那该該头頭最问問留续續期])([0-9０-９]{1,2})日(?![内內间間来來後后前以之本元多余餘整])'
export const weekdays: Record<string, number> = {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7}
export const weekShift: Record<string, number> = {'上': -1, '下': 1}
/** `周二`, `下星期一`: a weekday of the anchor's week (or the week before or after). */
export const weekday = '(上|下|本|这|這)?(?:个|個)?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])(?![0-9０-９年])'
/** `上周`, `下星期`: a whole week, Monday to Sunday. */
export const week = '(上|下|本|这|這)(?:个|個)?(?:星期|礼拜|禮拜|周|週)(?![一二三四五六日天年末])'

export function number(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseNumeral(text)
}
