import type {Relative} from './evidence/relativeEvidence.js'
import {datePrecision} from './story.js'
import type {ResolvedValue} from './timeTypes.js'
import {type CalendarDate, formatDate, shiftDate} from './timeValue.js'

/** A relative value: its first date, and its EDTF when the anchor was too coarse for the step. */
export interface MovedValue {
  from: CalendarDate
  /** The last day, for a whole week. */
  to?: CalendarDate
  /** Set when part of the value stays unspecified (`2018-06-XX`). */
  value?: string
}

/** Precision a step needs from its anchor: a day needs a day, a month a month. */
const stepPrecision = (relative: Relative) => (relative.unit === 'day' || relative.unit === 'week' ? 3 : relative.unit === 'month' ? 2 : 1)

/**
 * Moves a relative expression from its anchor's value. A step forward counts
 * from the anchor's last day (`谈判结束三天后` after a range); a restatement
 * (`that same day`) does not move; an anchor coarser than the step leaves
 * what the step would fix unspecified; a step of months keeps the anchor's
 * day (`两个月后` from a day is a day, as the guidelines say).
 */
export function applyRelative(base: ResolvedValue, relative: Relative, restates: boolean): MovedValue {
  const forward = relative.amount > 0 && !relative.ordinal
  const reference = forward && base.to && base.to !== 'open' ? base.to : base.from
  const amount = restates ? 0 : relative.amount
  if (relative.unit === 'week') return moveWeek(reference, relative, amount)
  let from = relative.vague ? {...reference} : shiftDate(reference, amount, relative.unit)
  if (!relative.vague && datePrecision(reference) < stepPrecision(relative)) {
    const unspecified = relative.unit === 'day' ? (reference.month === undefined ? '-XX-XX' : '-XX') : '-XX'
    return {from, value: formatDate(from) + unspecified}
  }
  // A step of years says the year and month, not the day (`一年后`); a step of months keeps the anchor's precision.
  if (relative.unit === 'year' && from.day !== undefined && amount !== 0) from = {year: from.year, month: from.month}
  // `下月`, `上个月` name a month.
  if (relative.namesUnit && relative.unit === 'month') from = {year: from.year, month: from.month}
  return {from}
}

/**
 * `周二`, `下星期`: weeks run Monday to Sunday; a weekday is that day of the
 * anchor's week (moved by whole weeks), a week is its seven days.
 */
function moveWeek(reference: CalendarDate, relative: Relative, amount: number): MovedValue {
  if (datePrecision(reference) < 3 || reference.year === undefined) {
    const unspecified = formatDate({...reference, day: undefined}) + (reference.month === undefined ? '-XX-XX' : '-XX')
    return {from: {}, value: relative.weekday === undefined ? `${unspecified}/${unspecified}` : unspecified}
  }
  const weekdayOf = new Date(Date.UTC(reference.year, reference.month! - 1, reference.day!)).getUTCDay() || 7
  const monday = shiftDate(reference, 1 - weekdayOf + 7 * amount, 'day')
  if (relative.weekday !== undefined) return {from: shiftDate(monday, relative.weekday - 1, 'day')}
  return {from: monday, to: shiftDate(monday, 6, 'day')}
}

/** The second half of a range takes what it leaves out from the first (`6月13日至15日`). */
export function completeRange(from: CalendarDate, to: CalendarDate | 'open' | undefined): CalendarDate | 'open' | undefined {
  if (!to || to === 'open') return to
  const completed = {...to}
  if (completed.year === undefined && completed.decade === undefined) completed.year = from.year
  if (completed.month === undefined && completed.day !== undefined) completed.month = from.month
  return completed
}
