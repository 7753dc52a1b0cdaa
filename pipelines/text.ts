import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'
import parsePlainText from '../src/text/parsePlainText.js'

/** Plain text of an unknown kind: still gives a record. Ingest: source → cleaned text, links, sections, time expressions. */
export function createTextPipeline() {
  return unified().use(parsePlainText).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
