/**
 * A calendar value as the text states it, before and after its missing parts
 * are taken from context, and its EDTF (ISO 8601-2) form.
 */
export interface CalendarDate {
  year?: number
  month?: number
  day?: number
  /** EDTF sub-year grouping: 21–24 seasons, 33–36 quarters, 40–41 halves. */
  group?: number
  /** First three digits of a decade (`197` for the 1970s). */
  decade?: number
  /** First two digits of a century (`19` for the 20th century). */
  century?: number
}

/** TIMEX3-style qualifiers EDTF cannot hold. */
export type TimeModifier = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER'

export function hasYear(date: CalendarDate): boolean {
  return date.year !== undefined || date.decade !== undefined || date.century !== undefined
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** EDTF of one date; a missing year stays unspecified (`XXXX-04-27`). */
export function formatDate(date: CalendarDate): string {
  if (date.century !== undefined) return `${pad(date.century, 2)}XX`
  if (date.decade !== undefined) return `${pad(date.decade, 3)}X`
  const year = date.year === undefined ? 'XXXX' : pad(date.year, 4)
  if (date.group !== undefined) return `${year}-${date.group}`
  if (date.month === undefined) return year
  if (date.day === undefined) return `${year}-${pad(date.month, 2)}`
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

export function formatInterval(from: CalendarDate, to: CalendarDate | 'open'): string {
  return `${formatDate(from)}/${to === 'open' ? '..' : formatDate(to)}`
}

/** A date moved by a number of days (day precision) or months (month precision or finer). */
export function shiftDate(date: CalendarDate, amount: number, unit: 'day' | 'month' | 'year'): CalendarDate {
  if (date.year === undefined) {
    // Without a year, a step is still known unless it crosses the end of February.
    if (unit === 'year' || date.month === undefined) return {}
    const shifted = shiftDate({...date, year: 2001}, amount, unit)
    const crossesFebruary = [date.month, shifted.month].includes(2) || date.month! <= 2 !== shifted.month! <= 2
    if (unit === 'day' && crossesFebruary) return {}
    return {month: shifted.month, ...(shifted.day === undefined ? {} : {day: shifted.day})}
  }
  if (unit === 'year') return {...date, year: date.year + amount}
  if (unit === 'month') {
    if (date.month === undefined) return date
    const index = date.year * 12 + (date.month - 1) + amount
    const shifted: CalendarDate = {year: Math.floor(index / 12), month: (index % 12) + 1}
    if (date.day !== undefined) shifted.day = Math.min(date.day, daysInMonth(shifted.year!, shifted.month!))
    return shifted
  }
  if (date.month === undefined || date.day === undefined) return date
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + amount))
  return {year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate()}
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether month and day are possible (the year may still be missing). */
export function isPlausible(date: CalendarDate): boolean {
  if (date.month !== undefined && (date.month < 1 || date.month > 12)) return false
  if (date.day !== undefined) {
    if (date.day < 1) return false
    const limit = date.month === undefined ? 31 : daysInMonth(date.year ?? 2000, date.month)
    if (date.day > limit) return false
  }
  return true
}
