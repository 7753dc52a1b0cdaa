/**
 * Page headers and footers, told by where they stand: lines in the top or
 * bottom band of the page that are page numbers, or that repeat (digits
 * aside) on most pages in the same band. Two-column pages are put in
 * reading order (left column, then right) when the lines split cleanly.
 */
import {isPageNumber} from './sourceLines.js'
import type {PdfLine, PdfPage} from './readPdfPages.js'

/** Share of the page height, at the top and at the bottom, where headers and footers stand. */
const bandShare = 0.08

export interface Furniture {
  page: number
  line: PdfLine
  reason: 'page-number' | 'running-header'
}

const key = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '')

function inBand(line: PdfLine, page: PdfPage): 'top' | 'bottom' | undefined {
  if (line.y <= page.height * bandShare) return 'top'
  if (line.y >= page.height * (1 - bandShare)) return 'bottom'
  return undefined
}

/** Splits page lines into body and furniture. */
export function removeFurniture(pages: readonly PdfPage[]): {pages: PdfPage[]; furniture: Furniture[]} {
  const repeats = new Map<string, number>()
  for (const page of pages) {
    const keys = new Set(page.lines.filter((line) => inBand(line, page)).map((line) => `${inBand(line, page)}:${key(line.text)}`))
    for (const k of keys) repeats.set(k, (repeats.get(k) ?? 0) + 1)
  }
  const minimumRepeats = Math.max(2, Math.ceil(pages.length / 2))
  const furniture: Furniture[] = []
  const kept = pages.map((page) => {
    const lines = page.lines.filter((line) => {
      const band = inBand(line, page)
      if (!band) return true
      if (isPageNumber(line.text) || /^第\s*\d+\s*[页頁]/.test(line.text) || /^(?:page|p\.)\s*\d+/i.test(line.text)) {
        furniture.push({page: page.number, line, reason: 'page-number'})
        return false
      }
      if (pages.length > 1 && (repeats.get(`${band}:${key(line.text)}`) ?? 0) >= minimumRepeats) {
        furniture.push({page: page.number, line, reason: 'running-header'})
        return false
      }
      return true
    })
    return {...page, lines: inReadingOrder(lines, page.width)}
  })
  return {pages: kept, furniture}
}

/**
 * Two columns: every line lies wholly left or wholly right of the page's
 * middle, and both sides have several lines. Then the left column comes first.
 */
function inReadingOrder(lines: PdfLine[], pageWidth: number): PdfLine[] {
  const middle = pageWidth / 2
  const left = lines.filter((line) => line.x + line.width <= middle)
  const right = lines.filter((line) => line.x >= middle)
  if (left.length + right.length !== lines.length || left.length < 5 || right.length < 5) return lines
  return [...left, ...right]
}

/** The page lines as text in the shape of an extraction (`pdftotext`): one line per line, pages ended by form feeds. */
export function pagesToText(pages: readonly PdfPage[]): string {
  return pages.map((page) => page.lines.map((line) => line.text).join('\n')).join('\n\f')
}
