import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import newsToMdast from '../src/news/newsToMdast.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'

/** News pages saved as HTML fragments. Ingest: source → cleaned text, links, sections, time expressions. */
export function createNewsPipeline() {
  return unified().use(rehypeParse, {fragment: true}).use(newsToMdast).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
