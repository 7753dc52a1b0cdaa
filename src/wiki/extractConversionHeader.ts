import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {pageOfLink} from './pageOfLink.js'

/**
 * The converter put a header `> 本文内容由[Title](url)转换而来。` at the top of
 * the page: it gives the title and the original URL, and is not part of the
 * text. Pages without it keep their title from the lead's first bold term
 * (see `titleFromLead`).
 */
export default function extractConversionHeader() {
  return function (tree: Root, file: VFile) {
    const first = tree.children[0]
    if (first?.type !== 'blockquote') return
    if (!/转换而来|轉換而來/.test(toString(first))) return
    const paragraph = first.children[0]
    const link = paragraph?.type === 'paragraph' ? paragraph.children.find((node) => node.type === 'link') : undefined
    if (link?.type === 'link') {
      const target = pageOfLink(link.url)
      file.data.meta = {...file.data.meta, title: target.pageTitle ?? toString(link), url: target.url}
    }
    tree.children.shift()
  }
}
