import type {Heading, Link, Nodes, PhrasingContent, Root, RootContent, TableRow} from 'mdast'
import type {VFile} from 'vfile'
import type {LinkMention, Section, TextBlock} from '../core/types.js'
import {pageOfLink} from '../wiki/pageOfLink.js'
import {alignAnchor} from './alignAnchor.js'
import {BlockBuilder} from './textBuilder.js'
import {sliceCodePoints} from '../core/codePoints.js'

interface PendingLink {
  node: Link
  start: {offset: number}
  end: number
}

interface Block {
  text: string
  links: PendingLink[]
  heading?: Heading
  kind: TextBlock['kind']
  depth?: number
  position?: TextBlock['position']
}

/**
 * The last stage of every ingest pipeline: turns the cleaned mdast tree into
 * the plain text of the document (`file.data.text`, blocks separated by a blank
 * line), the links re-anchored on it (`file.data.links`) and the section tree
 * by headings (`file.data.sections`).
 */
export default function flattenToText() {
  return function (tree: Root, file: VFile) {
    const blocks: Block[] = []
    for (const child of tree.children) collectBlocks(child, blocks)

    let text = ''
    let offset = 0
    const links: LinkMention[] = []
    const headings: Array<{heading: Heading; name: string; start: number}> = []
    const textBlocks: TextBlock[] = []
    for (const block of blocks) {
      if (text !== '') {
        text += '\n\n'
        offset += 2
      }
      for (const pending of block.links) {
        const mention = toMention(pending, block.text, offset, file)
        if (mention) links.push(mention)
      }
      if (block.heading) headings.push({heading: block.heading, name: block.text, start: offset})
      const length = [...block.text].length
      const entry: TextBlock = {kind: block.kind, start: offset, end: offset + length}
      if (block.depth !== undefined) entry.depth = block.depth
      if (block.position) entry.position = {start: {line: block.position.start.line, column: block.position.start.column}, end: {line: block.position.end.line, column: block.position.end.column}}
      textBlocks.push(entry)
      text += block.text
      offset += length
    }

    file.data.text = text
    file.data.links = links
    file.data.sections = buildSections(headings, offset)
    file.data.blocks = textBlocks
  }
}

function collectBlocks(node: RootContent, blocks: Block[], listDepth = 0): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph': {
      const block = buildBlock(node.children)
      if (block.text === '') return
      const kind: TextBlock['kind'] = node.type === 'heading' ? 'heading' : listDepth > 0 ? 'listItem' : 'paragraph'
      const depth = node.type === 'heading' ? node.depth : listDepth > 0 ? listDepth : undefined
      blocks.push({...block, kind, ...(depth === undefined ? {} : {depth}), ...(node.type === 'heading' ? {heading: node} : {}), ...(node.position ? {position: node.position} : {})})
      return
    }
    case 'list':
      for (const child of node.children) collectBlocks(child, blocks, listDepth + 1)
      return
    case 'listItem':
    case 'blockquote':
    case 'footnoteDefinition':
      for (const child of node.children) collectBlocks(child, blocks, listDepth)
      return
    case 'table':
      for (const row of node.children) {
        const block = buildRow(row)
        if (block.text !== '') blocks.push({...block, kind: 'tableRow', ...(row.position ? {position: row.position} : {})})
      }
      return
    case 'code': {
      const text = node.value.trim()
      if (text !== '') blocks.push({text, links: [], kind: 'code', ...(node.position ? {position: node.position} : {})})
      return
    }
    default:
      // html, yaml, thematicBreak, definition: not text.
      return
  }
}

function buildBlock(children: PhrasingContent[]): Omit<Block, 'kind'> {
  const builder = new BlockBuilder()
  const links: PendingLink[] = []
  for (const child of children) appendInline(child, builder, links)
  return {text: builder.toString(), links}
}

function buildRow(row: TableRow): Omit<Block, 'kind'> {
  const builder = new BlockBuilder()
  const links: PendingLink[] = []
  for (const cell of row.children) {
    builder.separate('\t')
    for (const child of cell.children) appendInline(child, builder, links)
  }
  return {text: builder.toString(), links}
}

function appendInline(node: Nodes, builder: BlockBuilder, links: PendingLink[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      builder.append(node.value)
      return
    case 'break':
      builder.append('\n')
      return
    case 'link': {
      const pending: PendingLink = {node, start: builder.markStart(), end: -1}
      for (const child of node.children) appendInline(child, builder, links)
      pending.end = builder.end
      links.push(pending)
      return
    }
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'linkReference':
      for (const child of node.children) appendInline(child, builder, links)
      return
    default:
      // image, html, footnoteReference: not text.
      return
  }
}

function toMention(pending: PendingLink, blockText: string, blockOffset: number, file: VFile): LinkMention | undefined {
  const start = pending.start.offset
  if (start < 0 || pending.end <= start) return undefined
  const anchor = sliceCodePoints(blockText, start, pending.end)
  const target = pageOfLink(pending.node.url)
  let mentionStart = start
  let mentionEnd = pending.end
  let alignment: LinkMention['alignment'] = 'exact'
  if (target.pageTitle !== undefined) {
    const aligned = alignAnchor(anchor, target.pageTitle)
    mentionStart = start + aligned.offset
    mentionEnd = mentionStart + aligned.length
    alignment = aligned.alignment
    if (alignment === 'unaligned') {
      file.message(`No part of the anchor “${anchor}” names the linked page “${target.pageTitle}”; kept the whole anchor as evidence`, {
        place: pending.node.position,
        ruleId: 'unaligned-anchor',
        source: 'link-annotations'
      })
    }
  }
  const mention: LinkMention = {
    start: blockOffset + mentionStart,
    end: blockOffset + mentionEnd,
    exact: sliceCodePoints(blockText, mentionStart, mentionEnd),
    anchor,
    url: target.url,
    alignment
  }
  if (target.pageTitle !== undefined) mention.pageTitle = target.pageTitle
  return mention
}

function buildSections(headings: Array<{heading: Heading; name: string; start: number}>, textEnd: number): Section[] {
  const roots: Section[] = []
  const stack: Section[] = []
  for (const [index, {heading, name, start}] of headings.entries()) {
    let end = textEnd
    for (const later of headings.slice(index + 1)) {
      if (later.heading.depth <= heading.depth) {
        end = later.start - 2
        break
      }
    }
    const section: Section = {name, depth: heading.depth, start, end, children: []}
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(section)
    else roots.push(section)
    stack.push(section)
  }
  return roots
}
