import {alternation} from '../../core/alternation.js'
import {parseNumeral} from '../../time/chineseNumber.js'
import {countedSummits, summitSides} from '../vocabulary/events.js'
import type {Emitter} from './candidate.js'

const sideOf = new Map(summitSides.pairs.flatMap((pair) => pair.forms.map((form) => [form, pair.canonical] as const)))
const sides = alternation(sideOf.keys())
const seriesOf = new Map(countedSummits.series.map((series) => [series.pair, series.summits]))
const meeting = '(?:历史性)?(?:会谈|会晤|峰会|高峰会)'
/** `第三次朝韩首脑会谈`, `2030年第一次首脑会晤`, `第二次朝韩峰会`: a year, a count, the pair or `首脑` (or both), the meeting. */
const counted = new RegExp(`(?:([0-9]{4})\\s?年)?第\\s?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s?次(${sides})?(首脑|领导人)?${meeting}`, 'gu')
/** A summit the text names with its pair (`朝韩首脑会晤`): whose summits the text is about. */
const named = new RegExp(`(${sides})(?:首脑|领导人)${meeting}`, 'gu')

const whole = new RegExp(`^${counted.source}$`, 'u')

/** The summit of a pair by its count, overall or within a year (`2018年第一次` is the first of 2018); undefined when the series has no such summit. */
export function countedSummitName(pair: string, count: number, year?: string): string | undefined {
  const summits = seriesOf.get(pair) ?? []
  return (year ? summits.filter((name) => name.startsWith(`${year}年`)) : summits)[count - 1]
}

/** The one pair whose summits the text names, if only one. */
function pairOfText(text: string): string | undefined {
  const pairs = new Set([...text.matchAll(named)].map((match) => sideOf.get(match[1]!)!))
  return pairs.size === 1 ? [...pairs][0] : undefined
}

/**
 * Counted summits (`第三次朝韩首脑会谈`, `第二次首脑会晤`,
 * `2030年第一次首脑会谈`) are one summit of a pair's series, named as zhwiki
 * titles it (`vocabulary/events.ts`). The pair is the one written in the name,
 * else the one pair whose summits the text names; without one, or with a
 * count the series does not reach, there is no name. `第二次会谈`,
 * `第三次峰会` are any talks: a summit's count needs the pair or `首脑`;
 * `首脑会议` is any summit (the guidelines' generic noun).
 */
export function countedSummitCandidates(out: Emitter): void {
  const {text, push} = out
  let textPair: {pair?: string} | undefined
  for (const match of text.matchAll(counted)) {
    const [surface, year, count, side, leaders] = match
    if (!side && !leaders) continue
    const pair = side ? sideOf.get(side) : (textPair ??= {pair: pairOfText(text)}).pair
    const name = pair === undefined ? undefined : countedSummitName(pair, parseNumeral(count!) ?? 0, year)
    if (name) push(match.index, surface, {type: 'Event', name}, false)
  }
}

/** Whether a surface is a counted summit of a pair's series this rule names (`第三次朝韩首脑会谈`). */
export function isCountedSummit(surface: string): boolean {
  const match = whole.exec(surface)
  return match?.[3] !== undefined && countedSummitName(sideOf.get(match[3])!, parseNumeral(match[2]!) ?? 0, match[1]) !== undefined
}
