import type {LocatedMention, Story} from './story.js'

// Walks over a story's expressions, from an expression back or over a span. Resolving a long text
// walked back to its start for each expression (quadratic); these stop where nothing earlier can count.

const ordered = new WeakMap<LocatedMention[], {length: number; sorted: boolean}>()

/**
 * Whether the mentions are in text order, as the scanners give them: then
 * their starts, sentences and paragraphs only grow, and a walk back may stop
 * where no earlier one can be accepted (the walks are what made resolving a
 * long text quadratic).
 */
export function inTextOrder(story: Story): boolean {
  let known = ordered.get(story.mentions)
  if (known?.length !== story.mentions.length) {
    known = {length: story.mentions.length, sorted: story.mentions.every((mention, at) => at === 0 || story.mentions[at - 1]!.start <= mention.start)}
    ordered.set(story.mentions, known)
  }
  return known.sorted
}

/**
 * The latest earlier expression, kept and accepted, walking back from
 * `index`. `stop`: an expression before which (itself included) none can be
 * accepted when the mentions are in text order (`beforeSentence`,
 * `beforeParagraph`, `beforeOffset`); the walk ends there.
 */
export function previous(story: Story, index: number, accept: (at: number) => boolean, stop?: (at: number) => boolean): number | undefined {
  const bounded = stop !== undefined && inTextOrder(story)
  for (let at = index - 1; at >= 0; at--) {
    if (bounded && stop(at)) return undefined
    if (story.values[at] && accept(at)) return at
  }
  return undefined
}

/** Stop of a walk back that accepts only the sentence (and paragraph) of `index`. */
export const beforeSentence = (story: Story, index: number) => (at: number) => story.mentions[at]!.paragraph < story.mentions[index]!.paragraph || story.mentions[at]!.sentence < story.mentions[index]!.sentence

/** Stop of a walk back that accepts only the paragraph of `index`, or the one `back` paragraphs before it. */
export const beforeParagraph =
  (story: Story, index: number, back = 0) =>
  (at: number) =>
    story.mentions[at]!.paragraph < story.mentions[index]!.paragraph - back

/** Stop of a walk back that accepts only expressions starting at `start` or after (none: no stop). */
export const beforeOffset = (story: Story, start: number | undefined) => (at: number) => start !== undefined && story.mentions[at]!.start < start

/** The first expression that may start at `start` or after: found by binary search in text order, else the first of all. */
export function firstFrom(story: Story, start: number): number {
  if (!inTextOrder(story)) return 0
  let low = 0
  let high = story.mentions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (story.mentions[middle]!.start < start) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The first expression before `index` lying within `start…end` and
 * accepted, or −1: as `story.mentions.findIndex` over all of them, but from
 * the first that may lie there when they are in text order.
 */
export function firstWithin(story: Story, index: number, start: number, end: number, accept: (at: number) => boolean): number {
  const {mentions} = story
  const sorted = inTextOrder(story)
  for (let at = firstFrom(story, start); at < index && at < mentions.length; at++) {
    const mention = mentions[at]!
    if (sorted && mention.start > end) break
    if (mention.start >= start && mention.end <= end && accept(at)) return at
  }
  return -1
}
