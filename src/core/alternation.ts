/**
 * Regex alternations built from vocabulary. Longest first, so that a word
 * is never matched as a shorter word it starts with (`同一天` before `同一`,
 * `总理大臣` before `总理`): a regex takes the first alternative that fits.
 * Words are literal: a vocabulary entry with a `.` or a `(` in it must not
 * change what the pattern means. Among words of one length the order does
 * not matter: two different words of one length never match at one place.
 */

/** The distinct words, longest (in UTF-16 units) first, in their given order within a length. */
export function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

/** A word as a literal in a regex source. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A regex source (no group) matching any of the words, longest first. */
export function alternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeRegExp).join('|')
}
