import {codePointIndex} from '../../core/codePoints.js'
import {foldScript} from '../../script/foldScript.js'
import type {EntityType, MentionSource} from '../entityTypes.js'
import {dot} from '../identity.js'
import type {Token} from '../jieba.js'
import {type TokenLookup, tokenLookup} from '../tokenLookup.js'
import {officeWords} from '../vocabulary/offices.js'

/** A possible mention; overlapping candidates are settled later (longest, then strongest). */
export interface Candidate {
  start: number
  end: number
  type: EntityType
  name: string
  source: MentionSource
  sameAs?: string
}

/** Offices and ranks that stand next to a person's name (`vocabulary/offices.ts`). */
export const titles = officeWords
export const titlePattern = new RegExp(`^(${titles.join('|')})`)

/** A name never ends with a particle or a verb: such an end comes from a misaligned anchor. */
export const malformedEnd = /(的|了|和|与|及|在|于|是|举行|第|之|并|将|就|从|对|被|向|为|也|都|把|让|说|称)$/

/** Folded characters of a text: one per code point, so offsets carry over. */
export function foldedCharacters(text: string): string[] {
  return [...foldScript(text)].map((character) => (dot.test(character) ? '·' : character))
}

/** A rule's emitter: UTF-16 match indexes become code-point spans, aligned with jieba's words unless told otherwise. */
export interface Emitter {
  text: string
  /** UTF-16 offset → code point. */
  at: (utf16: number) => number
  starts: Set<number>
  ends: Set<number>
  tokens: Token[]
  /** The word at a code point (one lookup, not a scan of `tokens`). */
  words: TokenLookup
  found: Candidate[]
  push: (index: number, surface: string, typing: {type: EntityType; name: string} | undefined, aligned?: boolean) => void
}

/** Rule-built names must start and end where jieba's words do: `朝鲜半岛紧张局` ends inside `局势`. */
export function emitter(folded: string[], tokens: Token[]): Emitter {
  const text = folded.join('')
  const at = codePointIndex(text)
  const starts = new Set(tokens.map((token) => token.start))
  const ends = new Set(tokens.map((token) => token.end))
  const found: Candidate[] = []
  const push: Emitter['push'] = (index, surface, typing, aligned = true) => {
    if (!typing || malformedEnd.test(surface)) return
    const start = at(index)
    const end = at(index + surface.length)
    if (aligned && (!starts.has(start) || !ends.has(end))) return
    found.push({start, end, type: typing.type, name: typing.name, source: 'rule'})
  }
  return {text, at, starts, ends, tokens, words: tokenLookup(tokens), found, push}
}

/**
 * Whether a span cuts a word jieba knows as an ordinary word (`最|高领导人`,
 * `韩美军|事演习`): a name found by its letters alone starts and ends at word
 * edges, but an unknown word or a name jieba cut wrongly may be split.
 * jieba's words tile the text, so only the words holding each edge can cut it
 * (a scan of every word per span was quadratic on a long text).
 */
export function cutsWord(words: TokenLookup, start: number, end: number): boolean {
  return [words.at(start), words.at(end)].some((token, index) => {
    const edge = index === 0 ? start : end
    return token !== undefined && token.start < edge && edge < token.end && !/^(x|nr|nrt|nrfg|ns|nz|j|eng)$/.test(token.tag)
  })
}
