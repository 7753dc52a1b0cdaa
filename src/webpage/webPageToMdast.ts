import {toMdast} from 'hast-util-to-mdast'
import type {Root} from 'mdast'
import rehypeParse from 'rehype-parse'
import {unified, type Plugin, type Processor} from 'unified'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {readWebPage} from './readWebPage.js'

const fragment = unified().use(rehypeParse, {fragment: true})

/** An absolute URL for a link of the content; links that resolve to nothing stay as written. */
function resolve(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href
  } catch {
    return href
  }
}

/**
 * Parser plugin for whole saved web pages: Readability finds the main content,
 * which becomes mdast (headings, paragraphs, lists, links with absolute URLs);
 * title, byline, published date and canonical URL go to `meta`.
 */
export function webPageToMdast(html: string, file: VFile): Root {
  const page = readWebPage(html)
  const tree = toMdast(fragment.parse(page.content)) as Root
  visit(tree, 'link', (link) => {
    link.url = resolve(link.url, page.url)
  })
  // Images and their captions are not text.
  visit(tree, 'image', (_node, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1)
      return index
    }
    return undefined
  })
  dropBylineParagraph(tree, page.byline)
  file.data.meta = {
    ...file.data.meta,
    ...(page.title ? {title: page.title} : {}),
    ...(page.byline ? {author: page.byline} : {}),
    ...(page.datePublished ? {datePublished: page.datePublished} : {}),
    ...(page.url ? {url: page.url} : {})
  }
  return tree
}

/** The byline is metadata: a first paragraph that only states it (`By …`, `作者：…`) leaves the text. */
function dropBylineParagraph(tree: Root, byline: string | undefined): void {
  if (!byline) return
  const index = tree.children.findIndex((node) => node.type === 'paragraph' || node.type === 'heading')
  const first = tree.children[index]
  if (!first || first.type !== 'paragraph') return
  const text = toString(first).trim()
  if (text.includes(byline) && /^(?:by\b|作者|记者|記者|文[／/:：])/i.test(text) && [...text].length <= [...byline].length + 12) tree.children.splice(index, 1)
}

const parseWebPage: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = webPageToMdast
}

export default parseWebPage
