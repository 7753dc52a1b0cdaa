import {recurringKinds} from '../vocabulary/events.js'
import {stateAbbreviations} from '../vocabulary/states.js'
import {eventSuffixes, legislationSuffixes, suffixPattern} from '../vocabulary/suffixes.js'
import {countryName, holdsPlaceName, type NameTyping} from './known.js'

const legislation = suffixPattern(legislationSuffixes)
const event = suffixPattern(eventSuffixes)
/** Events whose two-character stem is already a name (`烛光革命`, `天安号事件`). */
const shortStemEvent = /^[\p{Script=Han}]{2}(革命|事件|战争|起义)$/u
/** Sessions and congresses are events when numbered (`第七次代表大会`, `十九届四中全会`). */
const session = /(会议|全会|大会|代表大会)$/
const numbered = /(第?[0-9一二三四五六七八九十百]+(次|届|中)|[0-9]{4}年)/
const numeral = /[0-9０-９一二三四五六七八九十·.]/

/** A stem that names one thing: three characters at least, a number, or a state's or city's name. */
function hasProperStem(name: string, suffix: RegExp): boolean {
  const rest = name.replace(suffix, '')
  return [...rest].length >= 3 || numeral.test(rest) || holdsPlaceName(rest)
}

const abbreviations = new Set(stateAbbreviations)

/** `朝鲜核试验`, `韩美联合军事演习`, `韩国总统选举`: a state or a pair and a kind that recurs name the kind, not one occasion. */
export function isRecurringKind(name: string): boolean {
  const kind = recurringKinds.kinds.find((word) => name.endsWith(word))
  if (!kind) return false
  let stem = name.slice(0, -kind.length)
  for (const modifier of recurringKinds.modifiers) stem = stem.replace(modifier, '')
  const characters = [...stem]
  return stem === '' || countryName(stem) !== undefined || (characters.length === 2 && characters.every((character) => abbreviations.has(character)))
}

/**
 * Documents and events by their suffix (`…宣言`, `…会谈`, `…战争`), when the
 * stem names one (`平壤宣言`, not `宣言`). An unnumbered session (`某某会议`)
 * is the body that meets, not an event: `'body'` tells the caller to type it so.
 */
export function occasionTyping(name: string): NameTyping | 'body' | 'none' | undefined {
  if (legislation.test(name)) return hasProperStem(name, legislation) ? {type: 'Legislation', name} : 'none'
  if (session.test(name) && !numbered.test(name) && !event.test(name.replace(session, ''))) return 'body'
  if (event.test(name) && isRecurringKind(name)) return 'none'
  if (event.test(name)) return hasProperStem(name, event) || shortStemEvent.test(name) ? {type: 'Event', name} : 'none'
  return undefined
}
