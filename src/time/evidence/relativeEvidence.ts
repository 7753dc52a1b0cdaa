import {isPlanned} from '../cues.js'
import {enclosingSections, headingEnd, type LocatedMention, precision, type Story} from '../story.js'
import {beforeOffset, beforeParagraph, firstWithin, previous} from '../walks.js'

/**
 * What a relative expression (`次日`, `两个月后`, `第二天`, `当天`) moves
 * from: the date the story is at. Each function is one kind of evidence;
 * `findRelativeAnchor` tries them in order.
 */
export type Relative = NonNullable<LocatedMention['relative']>
export type RelativeEvidence = (story: Story, index: number, relative: Relative) => number | undefined

/** Precision a step needs from its anchor: a day needs a day. */
const needed = (relative: Relative) => (relative.unit === 'day' || relative.unit === 'week' ? 3 : relative.unit === 'month' ? 2 : 1)
const fine = (story: Story, at: number, relative: Relative) => precision(story.values[at]!) >= needed(relative)
const usable = (story: Story, at: number) => !isPlanned(story.characters, story.mentions[at]!)
const hasYear = (story: Story, at: number) => story.values[at]?.from.year !== undefined
const paragraphOf = (story: Story, at: number) => story.mentions[at]!.paragraph

/** A date of the paragraph, fine enough for the step. */
export const relativeFromParagraph: RelativeEvidence = (story, index, relative) =>
  previous(story, index, (at) => usable(story, at) && paragraphOf(story, at) === paragraphOf(story, index) && fine(story, at, relative), beforeParagraph(story, index))

/** `第二天` counts the days of the event its section is about (a date range), or of the document's. */
export const relativeFromEventDays: RelativeEvidence = (story, index, relative) => {
  if (!relative.ordinal) return undefined
  // The section's first range, if it comes before: walked only up to `index` (the first accepted before it is the first of all then).
  for (const section of enclosingSections(story.sections, story.mentions[index]!.start)) {
    const at = firstWithin(story, index, section.start, section.end, (position) => isDayRange(story, position))
    if (at !== -1) return at
  }
  const coarse = previous(story, index, (at) => usable(story, at) && paragraphOf(story, at) === paragraphOf(story, index) && hasYear(story, at), beforeParagraph(story, index))
  if (coarse !== undefined) return coarse
  for (let at = 0; at < index; at++) if (isDayRange(story, at)) return at
  return undefined
}

/** A date of the paragraph before, fine enough for the step. */
export const relativeFromPreviousParagraph: RelativeEvidence = (story, index, relative) =>
  previous(story, index, (at) => usable(story, at) && paragraphOf(story, at) === paragraphOf(story, index) - 1 && fine(story, at, relative) && hasYear(story, at), beforeParagraph(story, index, 1))

/** The day a section heading names (`第一天`, a dated heading) is the day of its text. */
export const relativeFromHeading: RelativeEvidence = (story, index, relative) => {
  for (const section of enclosingSections(story.sections, story.mentions[index]!.start)) {
    const end = headingEnd(section)
    const at = firstWithin(story, index, section.start, end, (position) => story.values[position] !== undefined && hasYear(story, position) && fine(story, position, relative))
    if (at !== -1) return at
  }
  return undefined
}

/**
 * `当天`, `当晚`, `同日` after a name or a preposition (`外长当天`, `但在当天下午`):
 * the story's current day, the latest day of its section.
 */
export const relativeFromSection: RelativeEvidence = (story, index, relative) => {
  if (relative.amount !== 0 || relative.unit !== 'day' || relative.vague || relative.ordinal) return undefined
  const scope = enclosingSections(story.sections, story.mentions[index]!.start)[0]
  return previous(story, index, (at) => (!scope || story.mentions[at]!.start >= scope.start) && usable(story, at) && fine(story, at, relative) && hasYear(story, at), beforeOffset(story, scope?.start))
}

/** A coarser date of the same paragraph still gives what it knows (`2018-06-XX`). */
export const relativeFromCoarseDate: RelativeEvidence = (story, index) => previous(story, index, (at) => usable(story, at) && paragraphOf(story, at) === paragraphOf(story, index) && hasYear(story, at), beforeParagraph(story, index))

export const relativeEvidence: RelativeEvidence[] = [relativeFromParagraph, relativeFromEventDays, relativeFromPreviousParagraph, relativeFromHeading, relativeFromSection, relativeFromCoarseDate]

/** A dated range of days (an event's days): `2007年10月2日至4日`. */
const isDayRange = (story: Story, at: number) => {
  const value = story.values[at]
  return value?.to !== undefined && value.to !== 'open' && precision(value) === 3
}

/** `會談的第三天`: the latest event (a range of days) before it, wherever it was dated. */
export const relativeFromEventRange: RelativeEvidence = (story, index, relative) => (relative.ordinal ? previous(story, index, (at) => isDayRange(story, at) && story.mentions[at]!.relative === undefined) : undefined)

/** An ordinal day said to be of an event (`…的第三天`) counts that event's days first. */
const ofEventDays = (story: Story, index: number, relative: Relative) => relative.ordinal === true && story.characters[story.mentions[index]!.start - 1] === '的'

export function findRelativeAnchor(story: Story, index: number, relative: Relative): number | undefined {
  const order = ofEventDays(story, index, relative) ? [relativeFromEventRange, ...relativeEvidence] : relativeEvidence
  for (const evidence of order) {
    const anchor = evidence(story, index, relative)
    if (anchor !== undefined) return anchor
  }
  return undefined
}
