import type {Section} from '../core/types.js'
import type {TimeMention} from './scanChineseTimes.js'
import type {CalendarDate, TimeModifier} from './timeValue.js'
import {formatDate, formatInterval, shiftDate} from './timeValue.js'

/** How the missing parts of an expression were found. */
export type Resolution = 'explicit' | 'sentence' | 'paragraph' | 'heading' | 'section' | 'document' | 'relative' | 'unresolved'

/** A time expression located in the text (code points) with its normalized value. */
export interface TimeExpression {
  start: number
  end: number
  exact: string
  /** EDTF value. */
  value: string
  mod?: TimeModifier
  resolution: Resolution
  /** Index (in the result) of the expression this one took its year or date from. */
  anchor?: number
}

interface Located extends TimeMention {
  start: number
  end: number
  paragraph: number
  sentence: number
  from: CalendarDate
  to?: CalendarDate | 'open'
}

/** Code-point offset of every UTF-16 index of the text. */
function codePointIndex(text: string): (index: number) => number {
  const map = new Int32Array(text.length + 1)
  let codePoint = 0
  for (let index = 0; index < text.length; index++) {
    map[index] = codePoint
    const unit = text.charCodeAt(index)
    if (unit < 0xd800 || unit > 0xdbff) codePoint++
  }
  map[text.length] = codePoint
  return (index) => map[index]!
}

function boundaries(text: string, pattern: RegExp): number[] {
  const positions: number[] = []
  let codePoint = 0
  for (const character of text) {
    if (pattern.test(character)) positions.push(codePoint)
    codePoint++
  }
  return positions
}

/** Number of boundaries before `offset`: the index of the unit (sentence, paragraph) holding it. */
function unitOf(offset: number, marks: number[]): number {
  let low = 0
  let high = marks.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (marks[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Sections holding an offset, innermost first. */
function enclosingSections(sections: Section[], offset: number): Section[] {
  const chain: Section[] = []
  let level = sections
  for (;;) {
    const holding = level.find((section) => section.start <= offset && offset < section.end)
    if (!holding) break
    chain.unshift(holding)
    level = holding.children
  }
  return chain
}

/**
 * Gives every scanned expression its full value: what the text leaves out is
 * taken from context, in this order of evidence: the same sentence, the
 * previous dated expression in the paragraph, the headings above it (which
 * include chronology year lines and news block headings), the previous dated
 * expression in its section. Relative expressions (`次日`, `两个月后`) move
 * from the expression they follow. Nothing ever comes from the clock: what no
 * context gives stays unspecified (`XXXX-04-27`).
 */
export function resolveTimes(text: string, mentions: TimeMention[], sections: Section[]): TimeExpression[] {
  const toCodePoint = codePointIndex(text)
  const paragraphMarks = boundaries(text.replace(/\n\n/g, '\n\u0000'), /\u0000/)
  const sentenceMarks = boundaries(text, /[。！？!?\n]/)
  const characters = [...text]
  const located: Located[] = mentions.map((mention) => {
    const start = toCodePoint(mention.index)
    return {
      ...mention,
      start,
      end: toCodePoint(mention.index + mention.length),
      paragraph: unitOf(start, paragraphMarks),
      sentence: unitOf(start, sentenceMarks)
    }
  })
  const resolved: Array<{from: CalendarDate; to?: CalendarDate | 'open'} | undefined> = []
  const results: Array<TimeExpression | undefined> = []

  const hasYear = (index: number) => resolved[index]?.from.year !== undefined
  const yearOf = (index: number) => resolved[index]!.from.year!
  /** A date the text says is planned (`原定于6月12日`) does not move the story's time. */
  const isPlanned = (candidate: Located) => /(原定|定于|定於|将于|將於|会于|會於|会於|预定|預定|计划于|計劃於|计划在|計劃在)[ \u3000]?$/.test(characters.slice(Math.max(0, candidate.start - 4), candidate.start).join(''))

  /**
   * `2000年的首腦會晤`: a year naming another event does not set the story's
   * year; nor does a look back (`曾於1970年`, `早在1994年`).
   */
  const isAttributive = (candidate: Located) =>
    (candidate.from.month === undefined && characters[candidate.end] === '的') ||
    /(曾|曾经|曾經|早在|早於|早于)[於于在]?$/.test(characters.slice(Math.max(0, candidate.start - 3), candidate.start).join(''))

  function previous(index: number, accept: (candidate: Located, at: number) => boolean, requireYear = true): number | undefined {
    for (let candidate = index - 1; candidate >= 0; candidate--) {
      if (results[candidate] && accept(located[candidate]!, candidate) && (!requireYear || hasYear(candidate))) return candidate
    }
    return undefined
  }

  /** Where the year of expression `index` comes from, in the order of evidence. */
  function yearSource(index: number): {anchor: number; year: number; resolution: Resolution} | undefined {
    const self = located[index]!
    const inSentence = previous(index, (candidate) => candidate.sentence === self.sentence && candidate.paragraph === self.paragraph && !isAttributive(candidate))
    if (inSentence !== undefined) return {anchor: inSentence, year: yearOf(inSentence), resolution: 'sentence'}
    const inParagraph = previous(index, (candidate) => candidate.paragraph === self.paragraph && !isAttributive(candidate))
    if (inParagraph !== undefined) return {anchor: inParagraph, year: yearOf(inParagraph), resolution: 'paragraph'}
    const chain = enclosingSections(sections, self.start)
    for (const section of chain) {
      const headingEnd = section.start + [...section.name].length
      if (self.start >= section.start && self.start < headingEnd) continue // the heading itself
      const inHeading = located.findIndex((candidate, at) => at < index && candidate.start >= section.start && candidate.end <= headingEnd && hasYear(at))
      if (inHeading !== -1) return {anchor: inHeading, year: yearOf(inHeading), resolution: 'heading'}
    }
    const scope = chain[0]
    const inSection = mostCommonYear(index, (candidate) => !scope || (candidate.start >= scope.start && candidate.end <= scope.end))
    if (inSection) return {...inSection, resolution: 'section'}
    // A year stated later in the same sentence is weaker evidence: it often dates another event.
    for (let later = index + 1; later < located.length && located[later]!.sentence === self.sentence; later++) {
      const stated = located[later]!.from.year
      if (stated !== undefined) return {anchor: later, year: stated, resolution: 'sentence'}
    }
    const inDocument = mostCommonYear(index, () => true)
    if (inDocument) return {...inDocument, resolution: 'document'}
    return undefined
  }

  /**
   * Beyond the paragraph, the year the story is told in is the one most
   * expressions before this one give (the latest on a tie): a birth date or a
   * look back among them does not move it.
   */
  function mostCommonYear(index: number, accept: (candidate: Located) => boolean): {anchor: number; year: number} | undefined {
    const counts = new Map<number, {count: number; last: number}>()
    for (let candidate = 0; candidate < index; candidate++) {
      if (!results[candidate] || !hasYear(candidate) || !accept(located[candidate]!) || isAttributive(located[candidate]!)) continue
      const year = yearOf(candidate)
      counts.set(year, {count: (counts.get(year)?.count ?? 0) + 1, last: candidate})
    }
    const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0]
    return best ? {anchor: best[1].last, year: best[0]} : undefined
  }

  /** Precision of a date: 3 day, 2 month, 1 year or coarser. */
  const precision = (date: CalendarDate) => (date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1)

  /**
   * What a relative expression moves from: the date the story is at, in its
   * paragraph or the one before, fine enough for the unit (a day needs a
   * day), and not a planned date.
   */
  function relativeAnchor(index: number, unit: 'day' | 'month' | 'year', ordinal: boolean): number | undefined {
    const self = located[index]!
    const needed = unit === 'day' ? 3 : unit === 'month' ? 2 : 1
    const fine = (at: number) => precision(resolved[at]!.from) >= needed
    const usable = (candidate: Located) => !isPlanned(candidate)
    const inParagraph = previous(index, (candidate, at) => usable(candidate) && candidate.paragraph === self.paragraph && fine(at), false)
    if (inParagraph !== undefined) return inParagraph
    const chain = enclosingSections(sections, self.start)
    if (ordinal) {
      // `第二天` counts the days of the event its section is about (its date range), or of the document's.
      const isRange = (at: number) => {
        const value = resolved[at]
        return value?.to !== undefined && value.to !== 'open' && precision(value.from) === 3
      }
      for (const section of chain) {
        const inSection = located.findIndex((candidate, at) => at !== index && candidate.start >= section.start && candidate.end <= section.end && isRange(at) && results[at] !== undefined)
        if (inSection !== -1 && inSection < index) return inSection
      }
      const coarse = previous(index, (candidate) => usable(candidate) && candidate.paragraph === self.paragraph)
      if (coarse !== undefined) return coarse
      const first = located.findIndex((_, at) => at < index && isRange(at) && results[at] !== undefined)
      if (first !== -1) return first
    }
    const beforeParagraph = previous(index, (candidate, at) => usable(candidate) && candidate.paragraph === self.paragraph - 1 && fine(at))
    if (beforeParagraph !== undefined) return beforeParagraph
    // The day a section heading names (`第一天`, a dated heading) is the day of its text.
    for (const section of chain) {
      const headingEnd = section.start + [...section.name].length
      const inHeading = located.findIndex((candidate, at) => at < index && candidate.start >= section.start && candidate.end <= headingEnd && hasYear(at) && fine(at))
      if (inHeading !== -1) return inHeading
    }
    // A coarser date of the same paragraph still gives what it knows (`2018-06-XX`).
    return previous(index, (candidate) => usable(candidate) && candidate.paragraph === self.paragraph)
  }

  for (const [index, mention] of located.entries()) {
    let from = {...mention.from}
    let to = mention.to
    let resolution: Resolution = 'explicit'
    let anchor: number | undefined
    let value: string | undefined

    if (mention.relative) {
      const relative = mention.relative
      const sameSentence = relative.restatesSentence
        ? previous(index, (candidate, at) => candidate.sentence === located[index]!.sentence && precision(resolved[at]!.from) === 3)
        : undefined
      // `提交申报书当日`: the day of an event the text names but does not date. Unless the
      // sentence dated it just before (`2月13日闭幕当天`), only the year is known.
      const self = located[index]!
      const ofEvent = relative.amount === 0 && relative.unit === 'day' && !relative.ordinal && !relative.vague &&
        /[\p{Script=Han}]/u.test(characters[self.start - 1] ?? '') && !/[的之]/.test(characters[self.start - 1] ?? '')
      const datedInSentence = ofEvent
        ? previous(index, (candidate, at) => candidate.sentence === self.sentence && candidate.paragraph === self.paragraph && precision(resolved[at]!.from) === 3, false)
        : undefined
      if (ofEvent && datedInSentence === undefined) {
        // The story's latest year: the event happened where the story is.
        const latest = previous(index, () => true)
        const year = latest === undefined ? undefined : {anchor: latest, year: yearOf(latest)}
        resolved.push({from: year ? {year: year.year} : {}})
        const expression: TimeExpression = {
          start: self.start,
          end: self.end,
          exact: characters.slice(self.start, self.end).join(''),
          value: `${year ? String(year.year).padStart(4, '0') : 'XXXX'}-XX-XX`,
          resolution: year ? 'relative' : 'unresolved'
        }
        if (year) expression.anchor = year.anchor
        results.push(expression)
        continue
      }
      const source = sameSentence ?? datedInSentence ?? relativeAnchor(index, relative.unit, relative.ordinal === true)
      if (source === undefined) {
        resolution = 'unresolved'
        value = relative.unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX'
        from = {}
      } else {
        anchor = source
        resolution = 'relative'
        const base = resolved[source]!
        const forward = relative.amount > 0 && !relative.ordinal
        const reference = forward && base.to && base.to !== 'open' ? base.to : base.from
        const amount = sameSentence !== undefined ? 0 : relative.amount
        from = relative.vague ? {...reference} : shiftDate(reference, amount, relative.unit)
        const needed = relative.unit === 'day' ? 3 : 2
        if (!relative.vague && precision(reference) < needed) {
          // The anchor is coarser than the step: what the step would fix stays unspecified.
          value = formatDate(from) + (relative.unit === 'day' ? (reference.month === undefined ? '-XX-XX' : '-XX') : '-XX')
        } else if (relative.unit === 'month' && from.day !== undefined && amount !== 0 && !relative.vague) {
          // `两个月后` says which month, not which day.
          from = {year: from.year, month: from.month}
        }
      }
    } else if (from.month === undefined && from.day !== undefined) {
      // A bare day (`和27日`) takes year and month from the date it is listed with.
      const source = previous(index, (candidate, at) => candidate.paragraph === located[index]!.paragraph && resolved[at]!.from.month !== undefined)
      if (source === undefined) {
        results.push(undefined)
        resolved.push(undefined)
        continue
      }
      anchor = source
      resolution = 'sentence'
      from = {year: resolved[source]!.from.year, month: resolved[source]!.from.month, day: from.day}
    } else if (from.year === undefined && from.decade === undefined && from.century === undefined) {
      const source = yearSource(index)
      if (source) {
        anchor = source.anchor
        resolution = mention.relativeYear !== undefined ? 'relative' : source.resolution
        from.year = source.year + (mention.relativeYear ?? 0)
      } else {
        resolution = 'unresolved'
      }
    }
    if (to && to !== 'open') {
      to = {...to}
      if (to.year === undefined && to.decade === undefined) to.year = from.year
      if (to.month === undefined && to.day !== undefined) to.month = from.month
    }
    resolved.push({from, ...(to ? {to} : {})})

    const expression: TimeExpression = {
      start: mention.start,
      end: mention.end,
      exact: characters.slice(mention.start, mention.end).join(''),
      value: value ?? (to ? formatInterval(from, to) : formatDate(from)),
      resolution
    }
    if (mention.mod) expression.mod = mention.mod
    if (anchor !== undefined) expression.anchor = anchor
    results.push(expression)
  }
  // Anchors index the results that remain once unusable mentions are left out.
  const kept = results.flatMap((result, index) => (result ? [[index, result] as const] : []))
  const position = new Map(kept.map(([index], at) => [index, at]))
  return kept.map(([, result]) => {
    if (result.anchor === undefined) return result
    const anchorAt = position.get(result.anchor)
    const {anchor: _, ...rest} = result
    return anchorAt === undefined ? rest : {...rest, anchor: anchorAt}
  })
}
