import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {blocksToMdast} from './blocksToMdast.js'
import {dropRepeatedParagraphs} from './dropRepeatedParagraphs.js'
import {measureLayout, segmentBlocks} from './segmentBlocks.js'
import {sourceLines} from './sourceLines.js'

/** Parse text extracted from a PDF (pdftotext output) into mdast: the layout, not blank lines, gives the paragraphs. */
export function pdfTextToMdast(document: string, file: VFile): Root {
  const lines = sourceLines(document)
  const blocks = segmentBlocks(lines, measureLayout(lines))
  return blocksToMdast(dropRepeatedParagraphs(blocks, file), lines)
}

/**
 * unified parser plugin for text extracted from PDFs. Typed as a `Plugin`
 * from string to mdast `Root`, so that `unified().use(parsePdfText).parse()`
 * gives a `Root`.
 */
const parsePdfText: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = pdfTextToMdast
}

export default parsePdfText
