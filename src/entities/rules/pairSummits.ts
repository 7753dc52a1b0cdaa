import {codePointIndex} from '../../core/codePoints.js'
import {alternation} from '../../core/alternation.js'
import {countedSummits, summitSides} from '../vocabulary/events.js'
import type {Candidate} from './candidate.js'

/** The two Koreas' summits are `rules/talks.ts`'s (three in 2018: a year names none of them). */
const otherPairs = summitSides.pairs.filter((pair) => pair.canonical !== '朝韩')
const sideOf = new Map(otherPairs.flatMap((pair) => pair.forms.map((form) => [form, pair.canonical] as const)))
/** `某某首脑会谈`, `某某首脑峰会`, `某某峰会`: the pair, its leaders, the meeting (`会谈` alone is any talks). */
const summit = new RegExp(`(${alternation(sideOf.keys())})(?:(?:首脑|领导人)(?:会谈|会晤|峰会|高峰会)|峰会|高峰会)`, 'gu')
/** A date, a count or a place before the pair names the summit itself (`2030年…`, `第二次…`, `某城…`): other rules read those. */
const qualified = /(?:[0-9]|[年月日次届])$/u
const seriesOf = new Map(countedSummits.series.map((series) => [series.pair, series.summits]))

/** The year a page about a dated event is titled with (`2030年某某首脑会晤` → `2030`). */
export function titleYear(title: string | undefined): string | undefined {
  return title === undefined ? undefined : /^([0-9]{4})年/u.exec(title)?.[1]
}

/**
 * A pair's summit written without its date (`朝美首脑会谈`, `美朝峰会`) on
 * the page of an event of a year (`2030年…`) is that year's summit of the
 * pair when the pair met once that year (`vocabulary/events.ts`
 * `countedSummits`: zhwiki's titles of the series). Elsewhere — no year, a
 * year with no summit or with several — it names no one summit and is left
 * out, as a summit of any year would be a guess. A date, a count or a place
 * right before the pair belongs to the summit's name, which other rules read.
 */
export function pairSummitCandidates(folded: string[], title: string | undefined): Candidate[] {
  const year = titleYear(title)
  if (year === undefined) return []
  const text = folded.join('')
  const at = codePointIndex(text)
  const found: Candidate[] = []
  for (const match of text.matchAll(summit)) {
    if (qualified.test(text.slice(Math.max(0, match.index - 1), match.index))) continue
    const summits = (seriesOf.get(sideOf.get(match[1]!)!) ?? []).filter((name) => name.startsWith(`${year}年`))
    if (summits.length !== 1) continue
    found.push({start: at(match.index), end: at(match.index + match[0].length), type: 'Event', name: summits[0]!, source: 'rule'})
  }
  return found
}
