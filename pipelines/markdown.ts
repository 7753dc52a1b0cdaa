import remarkFrontmatter from 'remark-frontmatter'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
// micromark's event edits in time linear in the document (installed on import).
import '../src/markdown/linearEditMap.js'
import requireTitle from '../src/core/requireTitle.js'
import embedRawHtml from '../src/markdown/embedRawHtml.js'
import readFrontMatter from '../src/markdown/readFrontMatter.js'
import titleFromHeading from '../src/markdown/titleFromHeading.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'

/** Generic Markdown, with or without YAML front matter. Ingest: source → cleaned text, links, sections, time expressions. */
export function createMarkdownPipeline() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkFrontmatter, ['yaml'])
    .use(readFrontMatter)
    .use(embedRawHtml)
    .use(titleFromHeading)
    .use(requireTitle)
    .use(flattenToText)
    .use(detectBodyLanguage)
    .use(tagTimeExpressions)
}
