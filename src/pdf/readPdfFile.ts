import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {pdfTextToMdast} from './parsePdfText.js'
import {pagesToText, removeFurniture} from './pageFurniture.js'
import {readPdfPages} from './readPdfPages.js'

/**
 * unified plugin for PDF files: the parser gives an empty tree (reading a PDF
 * is asynchronous), and the transformer reads the pages with their line
 * positions, drops headers, footers and page numbers by position, and runs
 * the PDF-text stages (re-joined lines, headings, repeated paragraphs) on the
 * rest. Afterwards `file.value` is that text: diagnostics' lines and columns
 * count in it (pages end with a form feed).
 */
function readPdfFile(this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (): Root => ({type: 'root', children: []})
  return async function (tree: Root, file: VFile) {
    if (!(file.value instanceof Uint8Array)) throw new Error('A PDF file must reach the pipeline as bytes')
    const read = removeFurniture(await readPdfPages(file.value))
    const text = pagesToText(read.pages)
    file.value = text
    const parsed = pdfTextToMdast(text, file)
    tree.children = parsed.children
    const headers = read.furniture.filter((entry) => entry.reason === 'running-header')
    if (headers.length > 0) {
      file.message(`Dropped ${headers.length} running header or footer line${headers.length === 1 ? '' : 's'} (“${headers[0]!.line.text}” …) found at the same place on most pages`, {ruleId: 'pdf-running-header', source: 'pdf-file'})
    }
  }
}

/** Typed as a parser from bytes to mdast `Root`, so the stages after it see a `Root`. */
export default readPdfFile as unknown as Plugin<[], string, Root>
