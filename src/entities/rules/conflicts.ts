import {isPlaceName} from './placeNames.js'
import {crisisDomains, warHeads} from '../vocabulary/events.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import type {Emitter} from './candidate.js'

const domains = [...crisisDomains.words].sort((a, b) => b.length - a.length)
const heads = new RegExp(`危机|${warHeads.words.join('|')}`, 'gu')
const count = /第[0-9一二三四五六七八九十]{1,3}次$/

/**
 * Crises and wars named after their place (`某地危机`, `某地海战`, `某地内战`),
 * counted or not (`第二次某某危机`), and crises named by a state's
 * one-character name and their matter (`朝核危机`: the DPRK nuclear crisis):
 * the longest place that ends at the head (or at its matter), starting a
 * word. `政治危机`, `这场战争` have no place: they are kinds, not names.
 */
export function conflictCandidates(out: Emitter): void {
  const {text, at, starts, push} = out
  for (const match of text.matchAll(heads)) {
    const crisis = match[0] === '危机'
    const before = text.slice(Math.max(0, match.index - 8), match.index)
    const domain = crisis ? domains.find((word) => before.endsWith(word)) : undefined
    const placeEnd = before.length - (domain?.length ?? 0)
    for (let length = Math.min(6, placeEnd); length >= 1; length--) {
      const stem = before.slice(placeEnd - length, placeEnd)
      const named = (length >= 2 && isPlaceName(stem)) || (domain !== undefined && stateAbbreviations.includes(stem))
      const start = match.index - (before.length - (placeEnd - length))
      if (!named || !starts.has(at(start))) continue
      const counted = count.exec(text.slice(Math.max(0, start - 6), start))?.[0] ?? ''
      const surface = text.slice(start - counted.length, match.index + match[0].length)
      push(start - counted.length, surface, {type: 'Event', name: surface}, false)
      break
    }
  }
}
