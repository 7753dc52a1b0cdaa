import {isAttributive} from '../cues.js'
import type {Section} from '../../core/types.js'
import {enclosingSections, headingEnd, precision, type Story} from '../story.js'
import {beforeParagraph, beforeSentence, firstFrom, firstWithin, previous} from '../walks.js'
import type {Resolution} from '../timeTypes.js'

/** Where a missing year comes from: the expression it was read from, and how. */
export interface YearAnchor {
  anchor: number
  year: number
  resolution: Resolution
}

/** One kind of evidence for the year of expression `index`; `undefined` when it has none. */
export type YearEvidence = (story: Story, index: number) => YearAnchor | undefined

const yearAt = (story: Story, at: number) => story.values[at]?.from.year
const hasYear = (story: Story, at: number) => yearAt(story, at) !== undefined
const found = (story: Story, at: number | undefined, resolution: Resolution): YearAnchor | undefined => (at === undefined ? undefined : {anchor: at, year: yearAt(story, at)!, resolution})

/** A year stated earlier in the same sentence (not an attributive one). */
export const anchorFromSentence: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(
    story,
    index,
    (candidate) => {
      const mention = story.mentions[candidate]!
      return mention.sentence === self.sentence && mention.paragraph === self.paragraph && hasYear(story, candidate) && !isAttributive(story.characters, mention)
    },
    beforeSentence(story, index)
  )
  return found(story, at, 'sentence')
}

/** The previous dated expression of the paragraph. */
export const anchorFromParagraph: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(
    story,
    index,
    (candidate) => {
      const mention = story.mentions[candidate]!
      return mention.paragraph === self.paragraph && hasYear(story, candidate) && !isAttributive(story.characters, mention)
    },
    beforeParagraph(story, index)
  )
  return found(story, at, 'paragraph')
}

/** The headings above: a section heading, a chronology year line, a news block heading. */
export const anchorFromHeading: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  for (const section of enclosingSections(story.sections, self.start)) {
    const end = headingEnd(section)
    if (self.start >= section.start && self.start < end) continue // the heading itself
    const at = firstWithin(story, index, section.start, end, (position) => story.values[position] !== undefined && hasYear(story, position))
    if (at !== -1) return found(story, at, 'heading')
  }
  return undefined
}

/**
 * Beyond the paragraph, the year the story is told in: the one its dated
 * events give most often (the latest on a tie). Dates with a month or day
 * count first; a bare year (`1986年的照片`, a birth year, a look back) is
 * weaker evidence of where the story is, and counts only when no date does.
 */
function storyYear(story: Story, index: number, scope: Section | undefined): {anchor: number; year: number} | undefined {
  const tally = yearTally(story, index, scope)
  const best = (counts: Map<number, Count>) => [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0]
  const found = best(tally.dated) ?? best(tally.any)
  return found ? {anchor: found[1].last, year: found[0]} : undefined
}

interface Count {
  count: number
  last: number
}
/** The years of the expressions before `upTo` in a scope: with a month or day (`dated`), and all of them. */
interface YearTally {
  upTo: number
  dated: Map<number, Count>
  any: Map<number, Count>
}
const tallies = new WeakMap<Story, Map<Section | undefined, YearTally>>()

/**
 * The tally of the years before `index` in `scope` (a section, or the whole
 * document), kept per story and extended as resolution walks on: counting
 * from the start for each expression was quadratic in the length of the
 * text. Resolved values before the walk's place never change.
 */
function yearTally(story: Story, index: number, scope: Section | undefined): YearTally {
  let byScope = tallies.get(story)
  if (!byScope) {
    byScope = new Map()
    tallies.set(story, byScope)
  }
  let tally = byScope.get(scope)
  if (!tally || tally.upTo > index) {
    // In text order, nothing before the scope's start lies in it.
    tally = {upTo: scope ? firstFrom(story, scope.start) : 0, dated: new Map(), any: new Map()}
    byScope.set(scope, tally)
  }
  const inScope = (at: number) => !scope || (story.mentions[at]!.start >= scope.start && story.mentions[at]!.end <= scope.end)
  for (let at = tally.upTo; at < index; at++) {
    if (!story.values[at] || !hasYear(story, at) || !inScope(at) || isAttributive(story.characters, story.mentions[at]!)) continue
    const year = yearAt(story, at)!
    count(tally.any, year, at)
    if (precision(story.values[at]!) >= 2) count(tally.dated, year, at)
  }
  tally.upTo = Math.max(tally.upTo, index)
  return tally
}

function count<K>(counts: Map<K, Count>, key: K, at: number): void {
  counts.set(key, {count: (counts.get(key)?.count ?? 0) + 1, last: at})
}

/** The story's year within the innermost section. */
export const anchorFromSection: YearEvidence = (story, index) => {
  const scope = enclosingSections(story.sections, story.mentions[index]!.start)[0]
  const year = storyYear(story, index, scope)
  return year && {...year, resolution: 'section'}
}

/** A year stated later in the same sentence: weaker, it often dates another event. */
export const anchorFromLaterInSentence: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  for (let later = index + 1; later < story.mentions.length && story.mentions[later]!.sentence === self.sentence; later++) {
    const stated = story.mentions[later]!.from.year
    if (stated !== undefined) return {anchor: later, year: stated, resolution: 'sentence'}
  }
  return undefined
}

/** The story's year over the whole document. */
export const anchorFromDocument: YearEvidence = (story, index) => {
  const year = storyYear(story, index, undefined)
  return year && {...year, resolution: 'document'}
}

/** The evidence for a missing year, strongest first. */
export const yearEvidence: YearEvidence[] = [anchorFromSentence, anchorFromParagraph, anchorFromHeading, anchorFromSection, anchorFromLaterInSentence, anchorFromDocument]

/** The first evidence that gives a year. */
export function findYear(story: Story, index: number): YearAnchor | undefined {
  for (const evidence of yearEvidence) {
    const anchor = evidence(story, index)
    if (anchor) return anchor
  }
  return undefined
}
