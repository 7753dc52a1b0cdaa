import type {Paragraph, Root} from 'mdast'
import type {Processor} from 'unified'

/**
 * Parser for plain text: blocks are separated by blank lines; lines inside a
 * block are kept as soft breaks, which `flattenToText` re-joins.
 */
export default function parsePlainText(this: Processor) {
  const self = this as unknown as {parser: (document: string) => Root}
  self.parser = (document) => {
    const children: Paragraph[] = []
    const lines = document.split('\n')
    let block: string[] = []
    let startLine = 0
    const flush = (endLine: number) => {
      if (block.length > 0) {
        const last = block[block.length - 1]!
        children.push({
          type: 'paragraph',
          children: [{type: 'text', value: block.join('\n')}],
          position: {start: {line: startLine + 1, column: 1}, end: {line: endLine, column: last.length + 1}}
        })
      }
      block = []
    }
    for (const [index, line] of lines.entries()) {
      if (line.trim() === '') {
        flush(index)
        continue
      }
      if (block.length === 0) startLine = index
      block.push(line.trim())
    }
    flush(lines.length)
    return {type: 'root', children}
  }
}
