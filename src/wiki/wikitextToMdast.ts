import type {List, PhrasingContent, Root, RootContent, TableRow} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {DocumentMeta} from '../core/types.js'
import {dropFileLinks} from './dropFileLinks.js'
import {infoboxFields} from './infoboxFields.js'
import {paragraphPhrasing, sentencePhrasing, type WtfLink, type WtfSentence} from './wikitextPhrasing.js'
import {parseWikitext, restoreText} from './wikitextTemplates.js'

interface WtfParagraph {
  sentences: () => Array<{json: () => object}>
  lists: () => Array<{json: () => object[]}>
}

interface WtfSection {
  title: () => string
  depth: () => number
  paragraphs: () => WtfParagraph[]
  tables: () => Array<{json: () => Array<Record<string, {text?: string; links?: WtfLink[]}>>}>
}

const json = <T>(items: Array<{json: () => object}>): T[] => items.map((item) => item.json() as T)

function list(items: WtfSentence[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({type: 'listItem', spread: false, children: [{type: 'paragraph', children: sentencePhrasing(item, false)}]}))
  }
}

function table(rows: Array<Record<string, {text?: string; links?: WtfLink[]}>>): RootContent | undefined {
  if (rows.length === 0) return undefined
  const header = Object.keys(rows[0]!)
  const cell = (children: PhrasingContent[]) => ({type: 'tableCell' as const, children})
  const headerRow: TableRow = {type: 'tableRow', children: header.map((name) => cell(/^col\d+$/.test(name) ? [] : [{type: 'text', value: restoreText(name)}]))}
  const body: TableRow[] = rows.map((row) => ({type: 'tableRow', children: header.map((name) => cell(sentencePhrasing(row[name] ?? {}, false)))}))
  return {type: 'table', children: [headerRow, ...body]}
}

/** The wtf document as the tree the wiki Markdown gives: headings, paragraphs with links, lists, tables. */
export function wikitextToMdast(source: string, file: VFile): Root {
  const {text, repairs} = dropFileLinks(source)
  for (const repair of repairs) {
    file.message(`Removed an image caption the page's markup broke off (“${repair.removed.slice(0, 20)}…”)`, {place: {line: repair.line, column: repair.column}, ruleId: 'image-caption', source: 'wikitext'})
  }
  const document = parseWikitext(text)
  const children: RootContent[] = []
  let lead = true
  for (const section of document.sections() as unknown as WtfSection[]) {
    const title = restoreText(section.title())
    if (title !== '') children.push({type: 'heading', depth: Math.min(6, section.depth() + 2) as 2, children: [{type: 'text', value: title}]})
    for (const paragraph of section.paragraphs()) {
      const phrasing = paragraphPhrasing(json<WtfSentence>(paragraph.sentences()), lead)
      if (phrasing.length > 0) {
        children.push({type: 'paragraph', children: phrasing})
        lead = false
      }
      for (const items of paragraph.lists()) children.push(list(items.json() as WtfSentence[]))
    }
    for (const rows of section.tables()) {
      const node = table(rows.json())
      if (node) children.push(node)
    }
  }
  const meta: DocumentMeta = {...file.data.meta}
  const categories = document.categories().map(restoreText)
  if (categories.length > 0) meta.keywords = [...new Set([...(meta.keywords ?? []), ...categories])]
  const citations = (document.references() as unknown as Array<{json: () => {title?: string; url?: string}}>)
    .map((reference) => reference.json())
    .filter((reference) => reference.url)
    .map((reference) => ({name: restoreText(reference.title ?? reference.url!), url: reference.url!}))
  if (citations.length > 0) meta.citations = citations.filter((citation, index) => citations.findIndex((other) => other.url === citation.url) === index)
  const infobox = infoboxFields(document.infoboxes() as never)
  if (infobox.length > 0) meta.infobox = infobox
  file.data.meta = meta
  return {type: 'root', children}
}

/** unified parser plugin for raw MediaWiki markup (wtf_wikipedia). */
const parseWikitextPlugin: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = wikitextToMdast
}

export default parseWikitextPlugin
