import {isPlanned} from '../cues.js'
import {enclosingSections, headingEnd, previous, type Story} from '../story.js'
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
  const at = previous(story, index, (candidate) => story.mentions[candidate]!.sentence === self.sentence && story.mentions[candidate]!.paragraph === self.paragraph && hasMonth(story, candidate))
  return at === undefined ? undefined : {anchor: at, resolution: 'sentence'}
}

export const dayFromParagraph: DayEvidence = (story, index) => {
  const self = story.mentions[index]!
  const at = previous(story, index, (candidate) => story.mentions[candidate]!.paragraph === self.paragraph && usable(story, candidate))
  return at === undefined ? undefined : {anchor: at, resolution: 'paragraph'}
}

export const dayFromHeading: DayEvidence = (story, index) => {
  const self = story.mentions[index]!
  for (const section of enclosingSections(story.sections, self.start)) {
    const end = headingEnd(section)
    if (self.start < end) continue
    const at = story.mentions.findIndex((candidate, position) => position < index && candidate.start >= section.start && candidate.end <= end && hasMonth(story, position))
    if (at !== -1) return {anchor: at, resolution: 'heading'}
  }
  return undefined
}

export const dayFromSection: DayEvidence = (story, index) => {
  const scope = enclosingSections(story.sections, story.mentions[index]!.start)[0]
  const at = previous(story, index, (candidate) => (!scope || story.mentions[candidate]!.start >= scope.start) && usable(story, candidate))
  return at === undefined ? undefined : {anchor: at, resolution: 'section'}
}

/**
 * Beyond the section, the month the story is told in: the one its dates
 * give most often before the day (the latest on a tie).
 */
export const dayFromDocument: DayEvidence = (story, index) => {
  const counts = new Map<string, {count: number; last: number}>()
  for (let at = 0; at < index; at++) {
    const value = story.values[at]
    if (!value || value.from.year === undefined || !usable(story, at)) continue
    const key = `${value.from.year}-${value.from.month}`
    counts.set(key, {count: (counts.get(key)?.count ?? 0) + 1, last: at})
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count || b.last - a.last)[0]
  return best && {anchor: best.last, resolution: 'document'}
}

export const dayEvidence: DayEvidence[] = [dayFromSentence, dayFromParagraph, dayFromHeading, dayFromSection, dayFromDocument]

export function findMonth(story: Story, index: number): DayAnchor | undefined {
  for (const evidence of dayEvidence) {
    const anchor = evidence(story, index)
    if (anchor) return anchor
  }
  return undefined
}
