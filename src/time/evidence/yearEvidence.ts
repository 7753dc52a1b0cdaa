import {isAttributive} from '../cues.js'
import {enclosingSections, headingEnd, precision, previous, type Story} from '../story.js'
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
  const at = previous(story, index, (candidate) => {
    const mention = story.mentions[candidate]!
    return mention.sentence === self.sentence && mention.paragraph === self.paragraph && hasYear(story, candidate) && !isAttributive(story.characters, mention)
  })
  return found(story, at, 'sentence')
}

/** The previous dated expression of the paragraph. */
export const anchorFromParagraph: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(story, index, (candidate) => {
    const mention = story.mentions[candidate]!
    return mention.paragraph === self.paragraph && hasYear(story, candidate) && !isAttributive(story.characters, mention)
  })
  return found(story, at, 'paragraph')
}

/** The headings above: a section heading, a chronology year line, a news block heading. */
export const anchorFromHeading: YearEvidence = (story, index) => {
  const self = story.mentions[index]!
  for (const section of enclosingSections(story.sections, self.start)) {
    const end = headingEnd(section)
    if (self.start >= section.start && self.start < end) continue // the heading itself
    const at = story.mentions.findIndex((candidate, position) => position < index && candidate.start >= section.start && candidate.end <= end && story.values[position] !== undefined && hasYear(story, position))
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
function storyYear(story: Story, index: number, inScope: (at: number) => boolean): {anchor: number; year: number} | undefined {
  const tally = (accept: (at: number) => boolean) => {
    const counts = new Map<number, {count: number; last: number}>()
    for (let at = 0; at < index; at++) {
      if (!story.values[at] || !hasYear(story, at) || !inScope(at) || !accept(at) || isAttributive(story.characters, story.mentions[at]!)) continue
      const year = yearAt(story, at)!
      counts.set(year, {count: (counts.get(year)?.count ?? 0) + 1, last: at})
    }
    const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last)[0]
    return best ? {anchor: best[1].last, year: best[0]} : undefined
  }
  return tally((at) => precision(story.values[at]!) >= 2) ?? tally(() => true)
}

/** The story's year within the innermost section. */
export const anchorFromSection: YearEvidence = (story, index) => {
  const scope = enclosingSections(story.sections, story.mentions[index]!.start)[0]
  const inScope = (at: number) => !scope || (story.mentions[at]!.start >= scope.start && story.mentions[at]!.end <= scope.end)
  const year = storyYear(story, index, inScope)
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
  const year = storyYear(story, index, () => true)
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
