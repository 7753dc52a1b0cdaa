import type {Section} from '../core/types.js'
import {applyRelative, completeRange} from './applyAnchor.js'
import {countsAfterEnd, isDayOfNamedEvent, isMonthColumn, isYearly, restatesByApposition} from './cues.js'
import {findMonth} from './evidence/dayEvidence.js'
import {findRelativeAnchor} from './evidence/relativeEvidence.js'
import {findYear} from './evidence/yearEvidence.js'
import type {TimeMention} from './scanChineseTimes.js'
import {locateMentions, precision, type Story} from './story.js'
import {beforeSentence, previous} from './walks.js'
import type {ResolvedValue, Resolution, TimeExpression} from './timeTypes.js'
import {formatDate, formatInterval} from './timeValue.js'

/** One expression once resolved: its value and how it was found (`undefined` when left out). */
interface Outcome {
  value: ResolvedValue
  expression: Omit<TimeExpression, 'start' | 'end' | 'exact'>
}

const outcome = (value: ResolvedValue, edtf: string | undefined, resolution: Resolution, anchor?: number): Outcome => ({
  value,
  expression: {value: edtf ?? (value.to ? formatInterval(value.from, value.to) : formatDate(value.from)), resolution, ...(anchor === undefined ? {} : {anchor})}
})

/** A relative expression (`次日`, `两个月后`, `当天`). */
function resolveRelative(story: Story, index: number): Outcome {
  const mention = story.mentions[index]!
  // `结束后的第一天` is one day after the end: a step forward from the event's last day.
  const relative = countsAfterEnd(story.characters, mention) ? {...mention.relative!, amount: mention.relative!.amount + 1, ordinal: false} : mention.relative!
  const inSentence = beforeSentence(story, index)
  const sameSentence = (at: number) => story.mentions[at]!.sentence === mention.sentence && story.mentions[at]!.paragraph === mention.paragraph && precision(story.values[at]!) === 3
  const restated = relative.restatesSentence || restatesByApposition(story.characters, mention) ? previous(story, index, (at) => sameSentence(at) && story.values[at]!.from.year !== undefined, inSentence) : undefined
  // `提交申报书当日`: the day of an event the text names but does not date. Unless the
  // sentence dated it just before (`2月13日闭幕当天`), only the year is known.
  const sameDay = relative.amount === 0 && relative.unit === 'day' && !relative.ordinal && !relative.vague
  const ofEvent = sameDay && isDayOfNamedEvent(story.characters, mention)
  const datedInSentence = ofEvent ? previous(story, index, sameSentence, inSentence) : undefined
  if (ofEvent && datedInSentence === undefined) {
    const latest = previous(story, index, (at) => story.values[at]!.from.year !== undefined)
    if (latest === undefined) return outcome({from: {}}, 'XXXX-XX-XX', 'unresolved')
    const year = story.values[latest]!.from.year!
    return outcome({from: {year}}, `${String(year).padStart(4, '0')}-XX-XX`, 'relative', latest)
  }
  const source = restated ?? datedInSentence ?? findRelativeAnchor(story, index, relative)
  if (source === undefined)
    return outcome({from: {}}, relative.unit === 'month' ? 'XXXX-XX' : relative.unit === 'year' ? 'XXXX' : relative.unit === 'week' && relative.weekday === undefined ? 'XXXX-XX-XX/XXXX-XX-XX' : 'XXXX-XX-XX', 'unresolved')
  const moved = applyRelative(story.values[source]!, relative, restated !== undefined || datedInSentence !== undefined)
  return outcome({from: moved.from, ...(moved.to ? {to: moved.to} : {})}, moved.value, 'relative', source)
}

/** A bare day (`12日`): month and year from the story's current date; left out when none. */
function resolveBareDay(story: Story, index: number): Outcome | undefined {
  const mention = story.mentions[index]!
  const source = findMonth(story, index)
  if (!source) return undefined
  const anchor = story.values[source.anchor]!.from
  return outcome({from: {year: anchor.year, month: anchor.month, day: mention.from.day}}, undefined, source.resolution, source.anchor)
}

/** An expression without its year (`4月27日`, `同年8月`). */
function resolveYear(story: Story, index: number): Outcome {
  const mention = story.mentions[index]!
  const from = {...mention.from}
  const finish = (resolution: Resolution, anchor?: number) => {
    const to = completeRange(from, mention.to)
    return outcome({from, ...(to ? {to} : {})}, undefined, resolution, anchor)
  }
  if (isYearly(story.characters, mention) || isMonthColumn(story.characters, mention)) return finish('unresolved')
  const source = findYear(story, index)
  if (!source) return finish('unresolved')
  from.year = source.year + (mention.relativeYear ?? 0)
  return finish(mention.relativeYear !== undefined ? 'relative' : source.resolution, source.anchor)
}

function resolveOne(story: Story, index: number): Outcome | undefined {
  const mention = story.mentions[index]!
  if (mention.relative) return resolveRelative(story, index)
  if (mention.from.month === undefined && mention.from.day !== undefined) return resolveBareDay(story, index)
  if (mention.from.year === undefined && mention.from.decade === undefined && mention.from.century === undefined) return resolveYear(story, index)
  const to = completeRange(mention.from, mention.to)
  return outcome({from: mention.from, ...(to ? {to} : {})}, undefined, 'explicit')
}

/**
 * Gives every scanned expression its full value, walking the text in order:
 * what the text leaves out is taken from context, strongest evidence first
 * (`evidence/`: the sentence, the paragraph, the headings, the section, the
 * document). Nothing ever comes from the clock: what no context gives stays
 * unspecified (`XXXX-04-27`). Expressions left out (a bare day with no month
 * anywhere before it) are dropped, and anchors index the expressions kept.
 */
export function resolveTimes(text: string, mentions: TimeMention[], sections: Section[]): TimeExpression[] {
  const characters = [...text]
  const story: Story = {characters, mentions: locateMentions(text, characters, mentions), sections, values: []}
  const results: Array<TimeExpression | undefined> = []
  for (const [index, mention] of story.mentions.entries()) {
    const resolved = resolveOne(story, index)
    story.values.push(resolved?.value)
    results.push(resolved && {start: mention.start, end: mention.end, exact: characters.slice(mention.start, mention.end).join(''), ...resolved.expression, ...(mention.mod ? {mod: mention.mod} : {})})
  }
  const kept = results.flatMap((result, index) => (result ? [[index, result] as const] : []))
  const position = new Map(kept.map(([index], at) => [index, at]))
  return kept.map(([, result]) => {
    if (result.anchor === undefined) return result
    const {anchor, ...rest} = result
    const at = position.get(anchor)
    return at === undefined ? rest : {...rest, anchor: at}
  })
}
