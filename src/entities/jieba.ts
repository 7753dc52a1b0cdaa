import {boundedMemo} from '../core/boundedMemo.js'
import {Jieba} from '@node-rs/jieba'
import {dict} from '@node-rs/jieba/dict.js'
import {codePointLength} from '../core/codePoints.js'

/** A token of jieba's segmentation with its code-point offsets (jieba gives none). */
export interface Token {
  word: string
  tag: string
  start: number
  end: number
}

export interface Segmenter {
  tag: (text: string) => Token[]
  /** Loads the dictionary now rather than at the first `tag` (it takes a moment). */
  load: () => void
}

let plain: Jieba | undefined
const withWords = new Map<string, Jieba>()

/** jieba with its default dictionary, loaded once (it takes a moment). */
function plainJieba(): Jieba {
  plain ??= Jieba.withDict(dict)
  return plain
}

/** Loads the default jieba now (a worker does it before its first file's time budget starts). */
export function preloadJieba(): void {
  plainJieba()
}

/**
 * A segmenter that also knows the given names, so they come out as one
 * token. Each set of names gets its own jieba: a shared one would carry the
 * names of one batch into the next. jieba-rs cannot change the tag of a word
 * it already knows, so tags are never read from these words: types come from
 * our own evidence.
 */
export function createSegmenter(names: Iterable<string>): Segmenter {
  const lines = [...new Set(names)]
    .filter((word) => /^\S+$/u.test(word) && [...word].length >= 2)
    .sort()
    .map((word) => `${word} 100000 nz`)
  const key = lines.join('\n')
  // Built on first use: a batch of English files never loads it.
  let jieba: Jieba | undefined
  const load = (): Jieba => {
    jieba ??= lines.length === 0 ? plainJieba() : jiebaWithWords(key)
    return jieba
  }
  return {tag: (text) => tagWithOffsets(load(), text), load}
}

function jiebaWithWords(key: string): Jieba {
  let jieba = withWords.get(key)
  if (!jieba) {
    jieba = Jieba.withDict(dict)
    jieba.loadDict(new TextEncoder().encode(key))
    withWords.clear() // keep one: batches rarely alternate
    withWords.set(key, jieba)
  }
  return jieba
}

/** Part-of-speech tokens with offsets, computed by walking the text (jieba keeps every character). */
function tagWithOffsets(jieba: Jieba, text: string): Token[] {
  const tokens: Token[] = []
  let offset = 0
  for (const {word, tag} of jieba.tag(text, true)) {
    const length = codePointLength(word)
    tokens.push({word, tag, start: offset, end: offset + length})
    offset += length
  }
  return tokens
}

/** Tokens of a short text with the default dictionary. */
export function tagPlain(text: string): Token[] {
  return tagWithOffsets(plainJieba(), text)
}

/**
 * Whether jieba knows the word as an ordinary word rather than a name. Its
 * `nz` (other proper noun) holds both names (`金正日`) and words (`韩剧`): a
 * two-character `nz` is taken as a word.
 */
// Asked of the same names in every file (a call into jieba each, ≈ 0.25 s in 100 files).
export const isCommonWord: (word: string) => boolean = boundedMemo((word) => tagsAsCommonWord(word))

function tagsAsCommonWord(word: string): boolean {
  const tagged = plainJieba().tag(word, false)
  if (tagged.length !== 1 || tagged[0]!.word !== word) return false
  const tag = tagged[0]!.tag
  if (tag === 'nz') return [...word].length <= 2
  return !/^(nr|nrt|nrfg|ns|nt|x|eng|j)$/.test(tag)
}
