/**
 * Undo letter-spacing: PDFs set headings and emphasised words with a space
 * between characters, and pdftotext keeps those spaces.
 */

const singleCjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u
const number = /^[\d.,]+$/
const spacedLine = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}](?: {1,3}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])+$/u

/** The line folded (`摘 要` → `摘要`) when it is nothing but spaced single CJK characters; `undefined` otherwise. */
export function foldSpacedLine(text: string): string | undefined {
  const trimmed = text.trim()
  if (!spacedLine.test(trimmed)) return undefined
  return trimmed.replace(/ +/g, '')
}

/**
 * Fold runs of at least `minimum` single CJK characters separated by single
 * spaces (`朝 鲜 发 射` → `朝鲜发射`). Shorter runs are left alone: two single
 * characters with a space between are ordinary text often enough. A single
 * character right after a number is its unit (`14 日`), not part of a run.
 */
export function foldSpacedRuns(text: string, minimum = 3): string {
  const parts = text.split(/( +)/)
  // Even indices are words, odd indices the spaces between them.
  const isRunMember = (index: number): boolean => {
    const word = parts[index]
    if (word === undefined || !singleCjk.test(word)) return false
    const before = parts[index - 2]
    const gap = parts[index - 1]
    return !(before !== undefined && gap === ' ' && number.test(before))
  }
  let result = ''
  let index = 0
  while (index < parts.length) {
    if (index % 2 === 0 && isRunMember(index)) {
      let end = index
      while (parts[end + 1] === ' ' && isRunMember(end + 2)) end += 2
      const count = (end - index) / 2 + 1
      if (count >= minimum) {
        for (let member = index; member <= end; member += 2) result += parts[member]
        index = end + 1
        continue
      }
    }
    result += parts[index]
    index++
  }
  return result
}
