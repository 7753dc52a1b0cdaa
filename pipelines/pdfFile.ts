import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import titleFromHeading from '../src/markdown/titleFromHeading.js'
import readPdfFile from '../src/pdf/readPdfFile.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'

/** PDF files (pdfjs-dist). Ingest: pages with positions → the PDF-text stages → cleaned text, sections, time expressions. */
export function createPdfFilePipeline() {
  return unified().use(readPdfFile).use(titleFromHeading).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
