/**
 * The words of a list that can end a text, found by the text's last UTF-16
 * unit instead of trying every word per text: rules ask it of every jieba
 * word (`…乐团`, `…大使`). The words keep the list's order, so `find` over
 * them answers as `find` over the whole list; a text that ends with a word
 * ends with its last unit.
 */
export function byLastCharacter(words: readonly string[]): (text: string) => readonly string[] {
  // Keyed by the unit's code: a one-character slice of a CJK text is a new string each time.
  const groups = new Map<number, string[]>()
  const always: string[] = []
  for (const word of words) {
    // The empty word ends every text: kept in every group, in its place.
    if (word === '') {
      always.push(word)
      for (const group of groups.values()) group.push(word)
      continue
    }
    const last = word.charCodeAt(word.length - 1)
    let group = groups.get(last)
    if (!group) groups.set(last, (group = [...always]))
    group.push(word)
  }
  return (text) => (text === '' ? always : (groups.get(text.charCodeAt(text.length - 1)) ?? always))
}

/** The first of the words the text ends with (`words.find((word) => text.endsWith(word))`); a loop, not a closure per text. */
export function firstEnding(ending: (text: string) => readonly string[], text: string): string | undefined {
  for (const word of ending(text)) if (text.endsWith(word)) return word
  return undefined
}

/** Whether the text ends with one of the words (`words.some((word) => text.endsWith(word))`). */
export function endsWithAny(ending: (text: string) => readonly string[], text: string): boolean {
  return firstEnding(ending, text) !== undefined
}
