import {isPlanned} from '../cues.js'
import {enclosingSections, headingEnd, type Story} from '../story.js'
import {beforeOffset, beforeParagraph, beforeSentence, firstWithin, previous} from '../walks.js'
import type {Resolution} from '../timeTypes.js'

/**
 * A bare day (`12日`, `和27日`, `。19日凌晨`) takes its month and year from the
 * story's current date: the date just before it in the sentence or the
 * paragraph, the heading above it, or the latest date of its section.
 */
export interface DayAnchor {
  anchor: number
  resolution: Resolution
}

export type DayEvidence = (story: Story, index: number) => DayAnchor | undefined

const hasMonth = (story: Story, at: number) => story.values[at]?.from.month !== undefined
const usable = (story: Story, at: number) => hasMonth(story, at) && !isPlanned(story.characters, story.mentions[at]!)

export const dayFromSentence: DayEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(story, index, (candidate) => story.mentions[candidate]!.sentence === self.sentence && story.mentions[candidate]!.paragraph === self.paragraph && hasMonth(story, candidate), beforeSentence(story, index))
  return at === undefined ? undefined : {anchor: at, resolution: 'sentence'}
}

export const dayFromParagraph: DayEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(story, index, (candidate) => story.mentions[candidate]!.paragraph === self.paragraph && usable(story, candidate), beforeParagraph(story, index))
  return at === undefined ? undefined : {anchor: at, resolution: 'paragraph'}
}

export const dayFromHeading: DayEvidence = (story, index) => {
  const self = story.mentions[index]!
  for (const section of enclosingSections(story.sections, self.start)) {
    const end = headingEnd(section)
    if (self.start < end) continue
    const at = firstWithin(story, index, section.start, end, (position) => hasMonth(story, position))
    if (at !== -1) return {anchor: at, resolution: 'heading'}
  }
  return undefined
}

export const dayFromSection: DayEvidence = (story, index) => {
  const scope = enclosingSections(story.sections, story.mentions[index]!.start)[0]
  const at = previous(story, index, (candidate) => (!scope || story.mentions[candidate]!.start >= scope.start) && usable(story, candidate), beforeOffset(story, scope?.start))
  return at === undefined ? undefined : {anchor: at, resolution: 'section'}
}

/**
 * Beyond the section, the month the story is told in: the one its dates
 * give most often before the day (the latest on a tie).
 */
export const dayFromDocument: DayEvidence = (story, index) => {
  const counts = monthTally(story, index)
  const best = [...counts.values()].sort((a, b) => b.count - a.count || b.last - a.last)[0]
  return best && {anchor: best.last, resolution: 'document'}
}

/** The months before `upTo`, with how often and where last each is given. */
interface MonthTally {
  upTo: number
  counts: Map<string, {count: number; last: number}>
}
const tallies = new WeakMap<Story, MonthTally>()

/**
 * The months of the usable dates before `index`, kept per story and extended
 * as resolution walks on (counting from the start for each day was
 * quadratic in the length of the text). Resolved values before the walk's
 * place never change.
 */
function monthTally(story: Story, index: number): MonthTally['counts'] {
  let tally = tallies.get(story)
  if (!tally || tally.upTo > index) {
    tally = {upTo: 0, counts: new Map()}
    tallies.set(story, tally)
  }
  for (let at = tally.upTo; at < index; at++) {
    const value = story.values[at]
    if (!value || value.from.year === undefined || !usable(story, at)) continue
    const key = `${value.from.year}-${value.from.month}`
    tally.counts.set(key, {count: (tally.counts.get(key)?.count ?? 0) + 1, last: at})
  }
  tally.upTo = index
  return tally.counts
}

export const dayEvidence: DayEvidence[] = [dayFromSentence, dayFromParagraph, dayFromHeading, dayFromSection, dayFromDocument]

export function findMonth(story: Story, index: number): DayAnchor | undefined {
  for (const evidence of dayEvidence) {
    const anchor = evidence(story, index)
    if (anchor) return anchor
  }
  return undefined
}
