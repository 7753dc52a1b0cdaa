/**
 * Display width of extracted text, in half-width cells.
 *
 * pdftotext drops the geometry of the page; the number of cells a line fills
 * is the closest thing left to "how far across the page it reaches", which is
 * what tells a wrapped line from the last line of a paragraph.
 */

const han = /\p{Script=Han}/u

/** East Asian wide and full-width ranges (ideographs, kana, hangul, CJK and full-width punctuation). */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe10 && codePoint <= 0xfe19) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe6f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x20000
  )
}

/** Quotes, dashes and dots whose width depends on the script around them. */
const ambiguous = new Set(['\u2018', '\u2019', '\u201c', '\u201d', '\u2014', '\u2026', '\u00b7'])

/** Width of `text`: wide characters count 2, others 1; ambiguous punctuation is wide among Chinese text, as Chinese fonts set it. */
export function displayWidth(text: string): number {
  const chineseContext = han.test(text)
  let width = 0
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0
    if (isWide(codePoint)) width += 2
    else if (chineseContext && ambiguous.has(character)) width += 2
    else width += 1
  }
  return width
}

/**
 * Width of a full line of the document: a high percentile of the line widths,
 * so that the short last lines of paragraphs and headings do not pull it down
 * and the odd overlong line (tables, overflow) does not push it up.
 */
export function typicalLineWidth(widths: readonly number[], percentile = 0.9): number {
  if (widths.length === 0) return 0
  const sorted = [...widths].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.floor(percentile * (sorted.length - 1)))
  return sorted[index] ?? 0
}
