import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import {toText} from 'hast-util-to-text'
import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
// micromark's event edits in time linear in the document (installed on import).
import '../markdown/linearEditMap.js'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import type {DocumentMeta} from '../core/types.js'
import {pushAll} from '../core/collect.js'

const headingTags = new Set(['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Bridge from the hast of a news fragment to mdast. The page is a timestamp
 * comment (`<!--1693991824000-->`, milliseconds since the epoch), a Markdown
 * title link, a `------` rule, then one `<div>` per story block: an image, a
 * bold heading (`2018年3月：北京`) and the text after it. Each block becomes a
 * heading and a paragraph; the title, URL, date and images go to `meta`.
 */
export default function newsToMdast() {
  return function (tree: HastRoot, file: VFile): Root {
    const meta: DocumentMeta = {...file.data.meta}
    const children: RootContent[] = []
    let leadingText = ''
    for (const node of tree.children) {
      if (node.type === 'comment') {
        readTimestamp(node.value, meta)
      } else if (node.type === 'text') {
        if (children.length === 0) leadingText += node.value
        else if (node.value.trim() !== '') children.push(paragraph(node.value.trim(), node))
      } else if (node.type === 'element') {
        pushAll(children, storyBlock(node, meta))
      }
    }
    readTitle(leadingText, meta, children)
    file.data.meta = meta
    return {type: 'root', children}
  }
}

function readTimestamp(comment: string, meta: DocumentMeta): void {
  const value = comment.trim()
  if (!/^\d{10,13}$/.test(value) || meta.datePublished) return
  const milliseconds = value.length === 13 ? Number(value) : Number(value) * 1000
  meta.datePublished = new Date(milliseconds).toISOString().replace('.000Z', 'Z')
}

/** The title is the Markdown link before the first block; a bare line is a title too. */
function readTitle(text: string, meta: DocumentMeta, children: RootContent[]): void {
  const tree = fromMarkdown(text.trim())
  let link: {url: string; text: string} | undefined
  for (const block of tree.children) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue
    const found = block.children.find((child) => child.type === 'link')
    if (found?.type === 'link') link = {url: found.url, text: toString(found)}
    else if (!meta.title && toString(block).trim() !== '') meta.title = toString(block).trim()
    if (link) break
  }
  if (link) {
    meta.title = link.text.trim()
    meta.url = decodeUrl(link.url)
  }
  if (meta.title === undefined && children[0]?.type === 'heading') meta.title = toString(children[0])
}

/** Percent-encoded non-ASCII in the path is decoded, so the IRI reads as the site shows it. */
function decodeUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

function storyBlock(element: Element, meta: DocumentMeta): RootContent[] {
  const images: string[] = []
  let heading: Heading | undefined
  const rest: ElementContent[] = []
  collect(element.children, images, rest, (node) => {
    if (heading) return false
    heading = {type: 'heading', depth: 2, children: [{type: 'text', value: toText(node).trim()}], position: node.position}
    return true
  })
  if (images.length > 0) meta.images = [...(meta.images ?? []), ...images]
  if (!heading && rest.every((node) => node.type !== 'text')) {
    // Not a story block: plain HTML structure, converted as it is.
    return (toMdast({type: 'root', children: [element]}) as Root).children
  }
  const blocks: RootContent[] = heading ? [heading] : []
  const text = toText({type: 'element', tagName: 'div', properties: {}, children: rest})
    .replace(/^\s*[：:]\s*/, '')
    .trim()
  if (text !== '') blocks.push(paragraph(text, element))
  return blocks
}

/** Splits a block's children into images, its heading element and the rest. */
function collect(nodes: ElementContent[], images: string[], rest: ElementContent[], takeHeading: (node: Element) => boolean): void {
  for (const node of nodes) {
    if (node.type === 'element' && node.tagName === 'img') {
      const source = node.properties.src
      if (typeof source === 'string') images.push(source)
    } else if (node.type === 'element' && node.tagName === 'br') {
      rest.push({type: 'text', value: '\n'})
    } else if (node.type === 'element' && headingTags.has(node.tagName) && takeHeading(node)) {
      continue
    } else {
      rest.push(node)
    }
  }
}

function paragraph(value: string, source: HastContent | Element): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value}], position: source.position}
}
