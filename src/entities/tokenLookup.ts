import type {Token} from './jieba.js'

/** The words at a code point or over a span, found without a scan of all the words. */
export interface TokenLookup {
  /** Index of the first token holding code point `offset` (`start ≤ offset < end`), −1 if none. */
  indexAt: (offset: number) => number
  /** That token. */
  at: (offset: number) => Token | undefined
  /** The tokens sharing a code point with `start…end`, in order. */
  within: (start: number, end: number) => Token[]
}

/**
 * Which of jieba's words holds each code point, computed once per text: the
 * rules ask for the word at a match, and a scan of all the words per match
 * made the entity step quadratic in the length of the text. `at` answers as
 * `tokens.find((token) => token.start <= offset && offset < token.end)`
 * does; `within` as a filter of the tokens overlapping the span, since
 * jieba's words tile the text in order (`tagWithOffsets`).
 */
export function tokenLookup(tokens: readonly Token[]): TokenLookup {
  const length = tokens.reduce((most, token) => Math.max(most, token.end), 0)
  const holder = new Int32Array(length).fill(-1)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    for (let offset = Math.max(0, token.start); offset < token.end; offset++) if (holder[offset] === -1) holder[offset] = index
  }
  const indexAt = (offset: number) => (Number.isInteger(offset) && offset >= 0 && offset < length ? holder[offset]! : -1)
  return {
    indexAt,
    at: (offset) => {
      const index = indexAt(offset)
      return index === -1 ? undefined : tokens[index]
    },
    within: (start, end) => {
      const within: Token[] = []
      let index = indexAt(start)
      if (index === -1) return within
      for (; index < tokens.length && tokens[index]!.start < end; index++) within.push(tokens[index]!)
      return within
    }
  }
}
