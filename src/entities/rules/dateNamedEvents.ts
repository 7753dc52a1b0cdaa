import type {Candidate} from './candidate.js'

/**
 * An event named by its date and its kind: the month and the day in Chinese
 * numerals read digit by digit (`九一八事变`, `五一六军事政变`), a doubled
 * number (`双十二政变`, 12 December), or in digits with a middle dot
 * (`5·17事件`). The date is never read before `第` or another numeral:
 * `第三一事件` or `十五一八…` is a count, not a date.
 */
const dateNamed = /(?<![第0-9〇一二三四五六七八九十百千万])(?:双十[一二]|[一二三四五六七八九十][〇一二三四五六七八九十]{1,3}|[0-9]{1,2}·[0-9]{1,2})(?:军事政变|政变|事变|事件|起义|惨案|运动)/gu
/** A month (1–12) and a day (1–31) the numerals spell, read digit by digit or with `十`. */
const monthDay = /^(?:[一二三四五六七八九]|十[一二]?)(?:[一二三四五六七八九]|[一二三]?十[一二三四五六七八九]?|[一二三][〇一二三四五六七八九])$/u

/** Whether the date part of a name spells a month and a day (`五一六`, `双十二`, `5·17`). */
function isDate(date: string): boolean {
  if (date.startsWith('双')) return true
  const digits = /^([0-9]{1,2})·([0-9]{1,2})$/u.exec(date)
  if (digits) return Number(digits[1]) >= 1 && Number(digits[1]) <= 12 && Number(digits[2]) >= 1 && Number(digits[2]) <= 31
  return monthDay.test(date)
}

/** Events named by their date (`九一八事变`, `双十二政变`, `5·17事件`): one event each, named as written. */
export function dateNamedEvents(folded: string[]): Candidate[] {
  const text = folded.join('')
  const found: Candidate[] = []
  for (const match of text.matchAll(dateNamed)) {
    const date = /^(?:双十[一二]|[0-9]{1,2}·[0-9]{1,2}|[〇一二三四五六七八九十]+)/u.exec(match[0])![0]
    if (!isDate(date)) continue
    const start = [...text.slice(0, match.index)].length
    found.push({start, end: start + [...match[0]].length, type: 'Event', name: match[0], source: 'rule'})
  }
  return found
}
