/** What the characters at the edges of a line say about where it sits in a sentence. */

/** Characters that can end a sentence or a clause that stands on its own. */
const terminal = /[。！？；：”」』）﹕﹔﹒．.!?;:…]$/u
/** Colons: a line ending with one introduces what follows (a list, a quote). */
const colon = /[：﹕:]$/u
/** Punctuation that never starts a line in Chinese typesetting: a line starting with it continues the previous one. */
const continuing = /^[，。、；：！？）》」』】〕〉”’﹐﹑﹒﹔﹕,.;:!?)\]]/u
/** Punctuation after which a sentence goes on. */
const clauseEnd = /[，、,﹐﹑]$/u

export function endsSentence(text: string): boolean {
  return terminal.test(text)
}

export function endsWithColon(text: string): boolean {
  return colon.test(text)
}

export function startsWithContinuingPunctuation(text: string): boolean {
  return continuing.test(text)
}

export function endsClause(text: string): boolean {
  return clauseEnd.test(text)
}

/** Whether the text ends with a Latin letter or digit (a trailing space after it is a word space). */
export function endsWithLatinOrDigit(text: string): boolean {
  return /[A-Za-z0-9\u00c0-\u024f%]$/.test(text)
}
