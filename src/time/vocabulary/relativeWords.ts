import {alternation as alternationOf} from '../../core/alternation.js'
import {traditionalForm} from '../../script/foldScript.js'

/**
 * Words that date something relative to what the text dated before them
 * (`次日`, `同年`, `上个月`). Each is written once, in simplified characters;
 * its traditional form is derived (`当天` → `當天`), so the two scripts never
 * disagree.
 */
export interface RelativeDayWord {
  word: string
  amount: number
  unit: 'day' | 'month'
  /** Right after a date it restates that day and belongs to the expression (`2月12日当天`). */
  restatesDate?: boolean
  source: string
}

export interface RelativeYearWord {
  word: string
  amount: number
  source: string
}

const sameDay = 'same-day deixis (Xiandai Hanyu Cidian: 当天, 当日, 同日; zhwiki and news usage: 当晚, 同一天, 这天)'
const nextDay = 'next and previous day (Xiandai Hanyu Cidian: 次日, 翌日, 隔日, 前一天; speech-time words 今天, 明天, 昨天 read against the anchor)'
const months = 'relative months (Xiandai Hanyu Cidian: 上月, 下月, 次月, 当月; 上个月 in news prose)'
const years = 'relative years (Xiandai Hanyu Cidian: 同年, 次年, 翌年, 当年, 去年, 前年; 年内 and 该年 in zhwiki prose)'

const dayWords: Array<[string, Array<[string, number, 'day' | 'month', boolean?]>]> = [
  [nextDay, [['次日', 1, 'day'], ['翌日', 1, 'day'], ['隔日', 1, 'day'], ['隔天', 1, 'day']]],
  [sameDay, [['当天', 0, 'day', true], ['当晚', 0, 'day'], ['同晚', 0, 'day'], ['同一晚', 0, 'day'], ['今早', 0, 'day'], ['今晨', 0, 'day'], ['同日', 0, 'day'], ['同一天', 0, 'day'], ['当日', 0, 'day', true], ['这天', 0, 'day'], ['那天', 0, 'day']]],
  [nextDay, [['今天', 0, 'day'], ['今日', 0, 'day'], ['明天', 1, 'day'], ['明日', 1, 'day'], ['昨天', -1, 'day'], ['昨日', -1, 'day'], ['前一天', -1, 'day'], ['前一日', -1, 'day']]],
  [months, [['下月', 1, 'month'], ['次月', 1, 'month'], ['同月', 0, 'month'], ['当月', 0, 'month'], ['上月', -1, 'month'], ['上个月', -1, 'month'], ['下个月', 1, 'month']]]
]

const yearWords: Array<[string, number]> = [
  ['年内', 0],
  ['同年', 0],
  ['当年', 0],
  ['该年', 0],
  ['今年', 0],
  ['本年', 0],
  ['次年', 1],
  ['翌年', 1],
  ['明年', 1],
  ['隔年', 1],
  ['去年', -1],
  ['前年', -2]
]

/** Each word in simplified characters and, when it differs, in traditional ones. */
function inBothScripts<T extends {word: string}>(entries: T[]): T[] {
  return entries.flatMap((entry) => {
    const traditional = traditionalForm(entry.word)
    return traditional === entry.word ? [entry] : [entry, {...entry, word: traditional}]
  })
}

export const relativeDayWords: RelativeDayWord[] = inBothScripts(
  dayWords.flatMap(([source, words]) => words.map(([word, amount, unit, restatesDate]) => ({word, amount, unit, ...(restatesDate ? {restatesDate} : {}), source})))
)

export const relativeYearWords: RelativeYearWord[] = inBothScripts(yearWords.map(([word, amount]) => ({word, amount, source: years})))

/** A regex alternation of the words, longest first (so `同一天` is never read as a shorter word). */
export function alternation(words: Array<{word: string}>): string {
  return alternationOf(words.map((entry) => entry.word))
}
