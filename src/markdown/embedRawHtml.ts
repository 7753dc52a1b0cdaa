import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Parent, PhrasingContent, Root, RootContent, TableCell} from 'mdast'
import {toMdast} from 'hast-util-to-mdast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {pushAll} from '../core/collect.js'

const parseHtml = unified().use(rehypeParse, {fragment: true})

/**
 * Raw HTML inside Markdown (infobox tables, floating `<div>`s, `<!-- end list
 * -->` comments, inline `<small>`/`<br>`) is parsed with rehype-parse and
 * converted into the same mdast tree, so the later stages see tables, links and
 * text instead of markup. Comments and elements without content disappear.
 */
export default function embedRawHtml() {
  return function (tree: Root, file: VFile) {
    replaceHtml(tree, file)
  }
}

function replaceHtml(parent: Parent, file: VFile): void {
  const children: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html') {
      if (isInline(parent)) continue // a lone tag of inline markup: its content is the sibling text
      const hast = parseHtml.parse(child.value) as HastRoot
      const converted = toMdast(hast as HastNodes) as Root
      visit(converted, 'tableCell', unwrapCellParagraphs)
      for (const node of converted.children) {
        stampPosition(node, child.position)
        children.push(node)
      }
      continue
    }
    if ('children' in child) replaceHtml(child, file)
    children.push(child)
  }
  ;(parent as {children: RootContent[]}).children = children
}

function isInline(parent: Parent): boolean {
  return parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell' || parent.type === 'strong' || parent.type === 'emphasis' || parent.type === 'link' || parent.type === 'delete'
}

/** Converted nodes point at the HTML block they came from, for diagnostics. */
function stampPosition(node: RootContent, position: RootContent['position']): void {
  node.position = position
  if ('children' in node) for (const child of node.children) stampPosition(child as RootContent, position)
}

/**
 * hast-util-to-mdast keeps the `<p>` of a `<td>` as a paragraph, which mdast
 * table cells cannot hold: keep its phrasing, paragraphs separated by a break.
 */
function unwrapCellParagraphs(cell: TableCell): void {
  const children: PhrasingContent[] = []
  for (const child of cell.children as Array<PhrasingContent | {type: 'paragraph'; children: PhrasingContent[]}>) {
    if (child.type === 'paragraph') {
      if (children.length > 0) children.push({type: 'break'})
      pushAll(children, child.children)
    } else {
      children.push(child)
    }
  }
  cell.children = children
}
