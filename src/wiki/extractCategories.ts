import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {pageOfLink} from './pageOfLink.js'

/**
 * Category links (`[Category:X](…)`, `[分類:X](…)`) are the page's keywords,
 * not text: move them to `meta.keywords` (in page order, without duplicates)
 * and drop paragraphs they leave empty.
 */
export default function extractCategories() {
  return function (tree: Root, file: VFile) {
    const keywords: string[] = [...(file.data.meta?.keywords ?? [])]
    visit(tree, 'link', (node, index, parent) => {
      const target = pageOfLink(node.url)
      if (target.namespace !== 'Category' || !parent || index === undefined) return
      const keyword = target.pageTitle ?? toString(node)
      if (!keywords.includes(keyword)) keywords.push(keyword)
      parent.children.splice(index, 1)
      return [SKIP, index]
    })
    tree.children = tree.children.filter((node) => node.type !== 'paragraph' || toString(node).trim() !== '')
    if (keywords.length > 0) file.data.meta = {...file.data.meta, keywords}
  }
}
