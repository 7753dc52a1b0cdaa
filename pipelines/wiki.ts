import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
// micromark's event edits in time linear in the document (installed on import).
import '../src/markdown/linearEditMap.js'
import requireTitle from '../src/core/requireTitle.js'
import embedRawHtml from '../src/markdown/embedRawHtml.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'
import dropBackMatter from '../src/wiki/dropBackMatter.js'
import dropEmptyTableRows from '../src/wiki/dropEmptyTableRows.js'
import extractCategories from '../src/wiki/extractCategories.js'
import extractConversionHeader from '../src/wiki/extractConversionHeader.js'
import removeImageCaptions from '../src/wiki/removeImageCaptions.js'
import repairTemplateDebris from '../src/wiki/repairTemplateDebris.js'
import resolveLanguageVariants from '../src/wiki/resolveLanguageVariants.js'
import stripFootnoteMarkers from '../src/wiki/stripFootnoteMarkers.js'
import stripTemplates from '../src/wiki/stripTemplates.js'
import titleFromLead from '../src/wiki/titleFromLead.js'

/** Chinese Wikipedia pages converted to Markdown. Ingest: source → cleaned text, links, sections, time expressions. */
export function createWikiPipeline() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(extractConversionHeader)
    .use(embedRawHtml)
    .use(removeImageCaptions)
    .use(extractCategories)
    .use(dropBackMatter)
    .use(stripFootnoteMarkers)
    .use(stripTemplates)
    .use(resolveLanguageVariants)
    .use(repairTemplateDebris)
    .use(dropEmptyTableRows)
    .use(titleFromLead)
    .use(requireTitle)
    .use(flattenToText)
    .use(detectBodyLanguage)
    .use(tagTimeExpressions)
}
