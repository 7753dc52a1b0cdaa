import type {Section} from '../core/types.js'
import type {TimeMention} from './scanChineseTimes.js'
import type {ResolvedValue} from './timeTypes.js'
import type {CalendarDate} from './timeValue.js'

/** A scanned mention placed in the text: code-point span, paragraph and sentence. */
export interface LocatedMention extends TimeMention {
  start: number
  end: number
  paragraph: number
  sentence: number
}

/**
 * What resolution reads while it walks the expressions in text order: the
 * text, the mentions, the sections, and the values already resolved
 * (`undefined` for a mention left out, or not reached yet).
 */
export interface Story {
  characters: string[]
  mentions: LocatedMention[]
  sections: Section[]
  values: Array<ResolvedValue | undefined>
}

/** Code-point offset of every UTF-16 index of the text (one pass, then O(1) lookups). */
export function codePointIndex(text: string): (index: number) => number {
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

/** Code-point offsets of the characters that end a unit. */
function boundaries(characters: string[], ends: (character: string, at: number) => boolean): number[] {
  const positions: number[] = []
  // Indexed: `entries()` made a pair per character (35 MB in 104 files).
  for (let at = 0; at < characters.length; at++) if (ends(characters[at]!, at)) positions.push(at)
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

/** Places every mention; paragraphs end at a blank line, sentences at `。！？!?` or a line break. */
export function locateMentions(text: string, characters: string[], mentions: TimeMention[]): LocatedMention[] {
  const toCodePoint = codePointIndex(text)
  const paragraphMarks = boundaries(characters, (character, at) => character === '\n' && characters[at + 1] === '\n')
  const sentenceMarks = boundaries(characters, (character) => /[。！？!?\n]/.test(character))
  return mentions.map((mention) => {
    const start = toCodePoint(mention.index)
    return {...mention, start, end: toCodePoint(mention.index + mention.length), paragraph: unitOf(start, paragraphMarks), sentence: unitOf(start, sentenceMarks)}
  })
}

/** Sections holding an offset, innermost first. */
export function enclosingSections(sections: Section[], offset: number): Section[] {
  const chain: Section[] = []
  let level = sections
  for (;;) {
    const holding = holdingSection(level, offset)
    if (!holding) break
    chain.unshift(holding)
    level = holding.children
  }
  return chain
}

const disjoint = new WeakMap<Section[], {length: number; apart: boolean}>()

/**
 * The first of sibling sections holding an offset: by binary search when
 * they follow one another without overlap, as a document's do (a search of
 * every section per expression was quadratic in a long text), else in turn.
 */
function holdingSection(level: Section[], offset: number): Section | undefined {
  let known = disjoint.get(level)
  if (known?.length !== level.length) {
    known = {length: level.length, apart: level.every((section, index) => section.start <= section.end && (index === 0 || level[index - 1]!.end <= section.start))}
    disjoint.set(level, known)
  }
  const apart = known.apart
  if (!apart) return level.find((section) => section.start <= offset && offset < section.end)
  let low = 0
  let high = level.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (level[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  const candidate = level[low - 1]
  return candidate && offset < candidate.end ? candidate : undefined
}

/** Code-point offset where a section's heading ends. */
export function headingEnd(section: Section): number {
  return section.start + [...section.name].length
}

/** Precision of a date: 3 day, 2 month, 1 year or coarser. */
export function datePrecision(date: CalendarDate): number {
  return date.day !== undefined ? 3 : date.month !== undefined ? 2 : 1
}

/** Precision of a resolved value: that of its first date. */
export function precision(value: ResolvedValue): number {
  return datePrecision(value.from)
}
