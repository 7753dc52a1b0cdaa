const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/** Whether a line break between two characters disappears (CJK) or becomes a space (Latin). */
export function lineJoiner(before: string | undefined, after: string | undefined): string {
  if (before === undefined || after === undefined) return ''
  return cjk.test(before) || cjk.test(after) ? '' : ' '
}

/**
 * Builds one block of plain text from inline pieces while tracking the
 * code-point offset of everything appended: line breaks are re-joined, runs of
 * spaces folded, leading spaces dropped, so offsets taken during the build
 * stay true for the final text.
 */
export class BlockBuilder {
  private text = ''
  private length = 0
  private pendingSpace = ''

  private waiting: Array<{offset: number}> = []

  /** A marker whose offset becomes that of the next visible character (-1 if none comes). */
  markStart(): {offset: number} {
    const marker = {offset: -1}
    this.waiting.push(marker)
    return marker
  }

  /** Offset (code points) just after the last visible character. */
  get end(): number {
    return this.length
  }

  append(piece: string): void {
    for (const character of piece) {
      if (character === '\n' || character === '\r') {
        // Decided when the next visible character arrives.
        if (this.pendingSpace === '') this.pendingSpace = '\n'
        continue
      }
      if (character === ' ' || character === '\u00a0') {
        if (this.pendingSpace === '') this.pendingSpace = ' '
        continue
      }
      if (character === '\t') {
        this.pendingSpace = '\t'
        continue
      }
      if (this.pendingSpace !== '' && this.length > 0) {
        const separator = this.pendingSpace === '\n' ? lineJoiner(this.lastCharacter(), character) : this.pendingSpace
        this.text += separator
        this.length += separator.length
      }
      this.pendingSpace = ''
      for (const marker of this.waiting) marker.offset = this.length
      this.waiting = []
      this.text += character
      this.length++
    }
  }

  /** Force a separator (a table cell boundary) before the next visible character. */
  separate(separator: '\t' | ' '): void {
    if (this.length > 0) this.pendingSpace = separator
  }

  private lastCharacter(): string | undefined {
    const characters = [...this.text.slice(-2)]
    return characters[characters.length - 1]
  }

  toString(): string {
    return this.text
  }

  get size(): number {
    return this.length
  }
}
