import type {Heading, List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import {blockPosition} from './blockPosition.js'
import {blockText} from './blockText.js'
import type {Block} from './segmentBlocks.js'
import type {SourceLine} from './sourceLines.js'

function text(lines: readonly SourceLine[], value = blockText(lines)): Text {
  return {type: 'text', value, position: blockPosition(lines)}
}

function paragraph(lines: readonly SourceLine[]): Paragraph {
  return {type: 'paragraph', children: [text(lines)], position: blockPosition(lines)}
}

function toNode(block: Block): RootContent {
  switch (block.kind) {
    case 'heading': {
      const heading: Heading = {
        type: 'heading',
        depth: block.depth,
        children: [text(block.lines, block.text)],
        position: blockPosition(block.lines)
      }
      return heading
    }
    case 'paragraph':
      return paragraph(block.lines)
    case 'list': {
      const items: ListItem[] = block.items.map((lines) => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(lines)],
        position: blockPosition(lines)
      }))
      const list: List = {
        type: 'list',
        ordered: block.ordered,
        spread: false,
        children: items,
        position: blockPosition(block.items.flat())
      }
      if (block.ordered) list.start = block.start ?? 1
      return list
    }
  }
}

export function blocksToMdast(blocks: readonly Block[], lines: readonly SourceLine[]): Root {
  const root: Root = {type: 'root', children: blocks.map(toNode)}
  const first = lines[0]
  const last = lines.at(-1)
  if (first && last) root.position = blockPosition([first, last])
  return root
}
