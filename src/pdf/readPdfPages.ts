/**
 * The text of a PDF file, page by page and line by line, with positions, read
 * with pdfjs-dist (4.x, the last line that runs on Node 20). A file that
 * cannot give text fails with a `PdfError` saying why.
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {getDocument, PasswordResponses} from 'pdfjs-dist/legacy/build/pdf.mjs'
import type {TextItem} from 'pdfjs-dist/types/src/display/api.js'
import {SourceError} from '../core/SourceError.js'

export type PdfRuleId = 'pdf-encrypted' | 'pdf-no-text' | 'pdf-broken'

export class PdfError extends SourceError {
  override readonly name = 'PdfError'
  constructor(
    message: string,
    override readonly ruleId: PdfRuleId
  ) {
    super(message, ruleId)
  }
}

/** A line of a page: items on one baseline, left to right. Coordinates in points, y from the page top. */
export interface PdfLine {
  text: string
  x: number
  y: number
  width: number
  /** Font size of its largest item. */
  size: number
}

export interface PdfPage {
  number: number
  width: number
  height: number
  lines: PdfLine[]
}

const packageFolder = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
// Chinese PDFs use CID fonts: their CMaps map glyphs to text.
const cMapUrl = `${pathToFileURL(path.join(packageFolder, 'cmaps'))}/`
const standardFontDataUrl = `${pathToFileURL(path.join(packageFolder, 'standard_fonts'))}/`

/** Items closer than this share a baseline (a fraction of the font size). */
const baselineTolerance = 0.3

function groupLines(items: TextItem[], pageHeight: number): PdfLine[] {
  const lines: Array<{y: number; size: number; items: TextItem[]}> = []
  for (const item of items) {
    if (item.str === '' && item.width === 0) continue
    const y = pageHeight - item.transform[5]
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height
    const line = lines.find((candidate) => Math.abs(candidate.y - y) <= baselineTolerance * Math.max(size, candidate.size))
    if (line) {
      line.items.push(item)
      line.size = Math.max(line.size, size)
    } else lines.push({y, size, items: [item]})
  }
  return lines
    .map((line) => {
      const sorted = [...line.items].sort((a, b) => a.transform[4] - b.transform[4])
      const x = sorted[0]!.transform[4]
      const last = sorted.at(-1)!
      return {
        text: sorted
          .map((item) => item.str)
          .join('')
          .trim(),
        x,
        y: line.y,
        width: last.transform[4] + last.width - x,
        size: line.size
      }
    })
    .filter((line) => line.text !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x)
}

/** Reads every page. Throws `PdfError` for an encrypted, broken or image-only file. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({data: new Uint8Array(bytes), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, verbosity: 0})
  task.onPassword = (_update: unknown, reason: number) => {
    const message = reason === PasswordResponses.INCORRECT_PASSWORD ? 'wrong password' : 'a password is needed'
    void task.destroy()
    throw new PdfError(`The PDF is encrypted (${message}); save an unprotected copy and try again.`, 'pdf-encrypted')
  }
  let document
  try {
    document = await task.promise
  } catch (error) {
    if (error instanceof PdfError) throw error
    const name = (error as {name?: string}).name
    if (name === 'PasswordException') throw new PdfError('The PDF is encrypted (a password is needed); save an unprotected copy and try again.', 'pdf-encrypted')
    throw new PdfError(`The PDF cannot be read: ${(error as Error).message || String(error)} (the file may be truncated or damaged).`, 'pdf-broken')
  }
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const {width, height} = page.getViewport({scale: 1})
      const content = await page.getTextContent()
      const items = content.items.filter((item): item is TextItem => 'str' in item)
      pages.push({number, width, height, lines: groupLines(items, height)})
      page.cleanup()
    }
    if (pages.every((page) => page.lines.length === 0)) {
      throw new PdfError(`The PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, e.g. a scan); run OCR on it first.`, 'pdf-no-text')
    }
    return pages
  } catch (error) {
    if (error instanceof PdfError) throw error
    throw new PdfError(`The PDF cannot be read: ${(error as Error).message || String(error)} (the file may be truncated or damaged).`, 'pdf-broken')
  } finally {
    await document.destroy()
  }
}
