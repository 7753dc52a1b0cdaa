import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import titleFromHeading from '../src/markdown/titleFromHeading.js'
import parsePdfText from '../src/pdf/parsePdfText.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'

/** Text extracted from a PDF report. Ingest: source → cleaned text, links, sections, time expressions. */
export function createPdfPipeline() {
  return unified().use(parsePdfText).use(titleFromHeading).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
