import {unified} from 'unified'
import requireTitle from '../src/core/requireTitle.js'
import detectBodyLanguage from '../src/script/detectBodyLanguage.js'
import flattenToText from '../src/text/flattenToText.js'
import tagTimeExpressions from '../src/time/tagTimeExpressions.js'
import dropBackMatter from '../src/wiki/dropBackMatter.js'
import repairTemplateDebris from '../src/wiki/repairTemplateDebris.js'
import requirePageText from '../src/wiki/requirePageText.js'
import resolveLanguageVariants from '../src/wiki/resolveLanguageVariants.js'
import titleFromLead from '../src/wiki/titleFromLead.js'
import parseWikitext from '../src/wiki/wikitextToMdast.js'

/**
 * Raw MediaWiki markup (a file, or a page of a dump), parsed with
 * wtf_wikipedia into the tree the wiki Markdown gives; then the same stages.
 */
export function createWikitextPipeline() {
  return unified().use(parseWikitext).use(dropBackMatter).use(resolveLanguageVariants).use(repairTemplateDebris).use(requirePageText).use(titleFromLead).use(requireTitle).use(flattenToText).use(detectBodyLanguage).use(tagTimeExpressions)
}
