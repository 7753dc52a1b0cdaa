/** `1. `, `2．`, `3、` at the start of a line, not followed by a digit (`10.4南北` is a name, not an item). */
const numbered = /^(\d{1,2})[.．、]\s*(?!\d)(?=\S)/u

/** The number of a numbered line (`1. 将人道主义援助…` → 1), or `undefined`. */
export function numberedItem(text: string): number | undefined {
  const match = numbered.exec(text)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
