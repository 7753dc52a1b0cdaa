import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'
import parseWebPage from '../src/webpage/webPageToMdast.js'

/** Whole saved web pages. Ingest: main content (Readability) → cleaned text, links, sections, time expressions. */
export function createWebPagePipeline() {
  return unified().use(parseWebPage).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
