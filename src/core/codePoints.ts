/** Offsets in this project count Unicode code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = 0
  for (const _ of text) length++
  return length
}

/** `text` sliced by code-point offsets. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return [...text].slice(start, end).join('')
}
