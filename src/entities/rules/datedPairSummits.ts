import {codePointIndex} from '../../core/codePoints.js'
import {alternation} from '../../core/alternation.js'
import {countedSummits, summitSides} from '../vocabulary/events.js'
import type {Candidate} from './candidate.js'

/** The two Koreas' summits are `rules/talks.ts`'s; the other pairs the vocabulary counts. */
const otherPairs = summitSides.pairs.filter((pair) => pair.canonical !== '朝韩')
const sideOf = new Map(otherPairs.flatMap((pair) => pair.forms.map((form) => [form, pair.canonical] as const)))
const summit = new RegExp(`(${alternation(sideOf.keys())})(?:(?:首脑|领导人)(?:会谈|会晤|峰会|高峰会)|峰会|高峰会)`, 'gu')
/** A date, a count or a place right before the pair belongs to the summit's name, which other rules read. */
const qualified = /(?:[0-9]|[年月日次届])$/u
const seriesOf = new Map(countedSummits.series.map((series) => [series.pair, series.summits]))
/** The last year a stretch of text writes (`2030年2月，出席…`). */
const lastYear = /([0-9]{4})\s?年(?!.*[0-9]{4}\s?年)/su

/**
 * A pair's summit written without its date (`朝美首脑会谈`) in a sentence
 * that gives the year (`2030年2月，出席某某首脑会谈。`) is that year's summit
 * of the pair when the pair met once that year (`vocabulary/events.ts`
 * `countedSummits`); a sentence with no year, or a year with no summit or
 * several, names no one summit. On a page titled with a year, the title's
 * year decides (`rules/pairSummits.ts`).
 */
export function datedPairSummitCandidates(folded: string[], titleYear: string | undefined): Candidate[] {
  if (titleYear !== undefined) return []
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const match of text.matchAll(summit)) {
    if (qualified.test(text.slice(Math.max(0, match.index - 1), match.index))) continue
    const sentenceStart = Math.max(text.lastIndexOf('。', match.index), text.lastIndexOf('\n', match.index)) + 1
    const year = lastYear.exec(text.slice(sentenceStart, match.index))?.[1]
    if (year === undefined) continue
    const summits = (seriesOf.get(sideOf.get(match[1]!)!) ?? []).filter((name) => name.startsWith(`${year}年`))
    if (summits.length !== 1) continue
    found.push({start: at(match.index), end: at(match.index + match[0].length), type: 'Event', name: summits[0]!, source: 'rule'})
  }
  return found
}
