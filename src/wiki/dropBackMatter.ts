import type {Link, List, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {DocumentMeta} from '../core/types.js'
import {pageOfLink} from './pageOfLink.js'

const backMatterHeading = /^(?:参考|參考|参看|參看|参见|參見|另[见見]|外部(?:链接|連結|鏈接|连结)|相[关關](?:条目|條目|链接|連結)|注[释解]|註[釋解]|[脚腳][注註]|延伸[阅閱][读讀]|[扩擴]展[阅閱][读讀]|[资資]料[来來]源|[来來]源|引用|文[献獻])/

/**
 * References, external links and “see also” are navigation, not prose: their
 * sections leave the text. What they point at stays on the record: external
 * links as `citations`, wiki pages as `seeAlso`. The converter's numbered
 * footnote list (items empty or a single external link) goes the same way
 * wherever it stands.
 */
export default function dropBackMatter() {
  return function (tree: Root, file: VFile) {
    const meta: DocumentMeta = {...file.data.meta}
    const kept: RootContent[] = []
    let droppingBelow = 0
    for (const node of tree.children) {
      if (node.type === 'heading') {
        if (droppingBelow > 0 && node.depth <= droppingBelow) droppingBelow = 0
        if (droppingBelow === 0 && backMatterHeading.test(toString(node).trim())) droppingBelow = node.depth
      }
      if (droppingBelow > 0 || (node.type === 'list' && isFootnoteList(node))) {
        harvestLinks(node, meta)
        continue
      }
      kept.push(node)
    }
    tree.children = kept
    file.data.meta = meta
  }
}

function isFootnoteList(list: List): boolean {
  return (
    list.ordered === true &&
    list.children.every((item) => {
      const links: Link[] = []
      visit(item, 'link', (link) => {
        links.push(link)
      })
      const text = toString(item).trim()
      return text === '' || (links.length === 1 && pageOfLink(links[0]!.url).pageTitle === undefined && text === toString(links[0]!).trim())
    })
  )
}

function harvestLinks(node: RootContent, meta: DocumentMeta): void {
  visit(node, 'link', (link) => {
    const name = toString(link).trim()
    const target = pageOfLink(link.url)
    if (target.namespace) return
    const entry = {name: name || target.url, url: target.url}
    const list = target.pageTitle === undefined ? (meta.citations ??= []) : (meta.seeAlso ??= [])
    if (!list.some((existing) => existing.url === entry.url)) list.push(entry)
  })
}
