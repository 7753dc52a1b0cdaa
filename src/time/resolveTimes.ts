import type {Section} from '../core/types.js'
import type {TimeMention} from './scanChineseTimes.js'
import type {CalendarDate, TimeModifier} from './timeValue.js'
import {formatDate, formatInterval, shiftDate} from './timeValue.js'

/** How the missing parts of an expression were found. */
export type Resolution = 'explicit' | 'sentence' | 'paragraph' | 'heading' | 'section' | 'relative' | 'unresolved'

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
  const characters = [...text]
  const resolved: Array<{from: CalendarDate; to?: CalendarDate | 'open'} | undefined> = []
  const results: TimeExpression[] = []

  const hasYear = (index: number) => resolved[index]?.from.year !== undefined
  const yearOf = (index: number) => resolved[index]!.from.year!

  function previous(index: number, accept: (candidate: Located) => boolean): number | undefined {
    for (let candidate = index - 1; candidate >= 0; candidate--) {
      if (accept(located[candidate]!) && hasYear(candidate)) return candidate
    }
    return undefined
  }

  /** Where the year of expression `index` comes from, in the order of evidence. */
  function yearSource(index: number): {anchor: number; year: number; resolution: Resolution} | undefined {
    const self = located[index]!
    const inSentence = previous(index, (candidate) => candidate.sentence === self.sentence && candidate.paragraph === self.paragraph)
    if (inSentence !== undefined) return {anchor: inSentence, year: yearOf(inSentence), resolution: 'sentence'}
    for (let later = index + 1; later < located.length && located[later]!.sentence === self.sentence; later++) {
      const stated = located[later]!.from.year
      if (stated !== undefined) return {anchor: later, year: stated, resolution: 'sentence'}
    }
    const inParagraph = previous(index, (candidate) => candidate.paragraph === self.paragraph)
    if (inParagraph !== undefined) return {anchor: inParagraph, year: yearOf(inParagraph), resolution: 'paragraph'}
    const chain = enclosingSections(sections, self.start)
    for (const section of chain) {
      const headingEnd = section.start + [...section.name].length
      if (self.start >= section.start && self.start < headingEnd) continue // the heading itself
      const inHeading = located.findIndex((candidate, at) => at < index && candidate.start >= section.start && candidate.end <= headingEnd && hasYear(at))
      if (inHeading !== -1) return {anchor: inHeading, year: yearOf(inHeading), resolution: 'heading'}
    }
    const scope = chain[0]
    const inSection = previous(index, (candidate) => !scope || (candidate.start >= scope.start && candidate.end <= scope.end))
    if (inSection !== undefined) return {anchor: inSection, year: yearOf(inSection), resolution: 'section'}
    return undefined
  }

  for (const [index, mention] of located.entries()) {
    let from = {...mention.from}
    let to = mention.to
    let resolution: Resolution = 'explicit'
    let anchor: number | undefined
    let mod = mention.mod

    if (mention.relative) {
      const source = previous(index, () => true)
      resolution = 'relative'
      if (source === undefined) {
        resolution = 'unresolved'
        from = {}
      } else {
        anchor = source
        const base = resolved[source]!
        const forward = mention.relative.amount > 0
        const reference = forward && base.to && base.to !== 'open' ? base.to : base.from
        from = mention.relative.vague ? {...reference} : shiftDate(reference, mention.relative.amount, mention.relative.unit)
        if (mention.relative.unit === 'month' && from.day !== undefined && mention.relative.amount !== 0 && !mention.relative.vague) {
          // `两个月后` says which month, not which day.
          from = {year: from.year, month: from.month}
        }
      }
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
      if (to.year === undefined) to.year = from.year
      if (to.month === undefined && to.day !== undefined) to.month = from.month
    }
    resolved.push({from, ...(to ? {to} : {})})

    const value = to ? formatInterval(from, to) : formatDate(from)
    const expression: TimeExpression = {
      start: mention.start,
      end: mention.end,
      exact: characters.slice(mention.start, mention.end).join(''),
      value: mention.relative && resolution === 'unresolved' ? 'XXXX-XX-XX' : value,
      resolution
    }
    if (mod) expression.mod = mod
    if (anchor !== undefined) expression.anchor = anchor
    results.push(expression)
  }
  return results
}
