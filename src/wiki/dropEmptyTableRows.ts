import type {Root, RootContent, Table, TableRow} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'

/**
 * Infoboxes were converted with their labels but without the values the
 * templates held (`简体：`, `英文：` and nothing after). A row without a value
 * is dropped, a group label (`中文`, in bold alone on its row) whose rows all
 * went is dropped too, and a table left with nothing but its caption row goes
 * entirely.
 */
export default function dropEmptyTableRows() {
  return function (tree: Root, file: VFile) {
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type !== 'table') return [node]
      const rows = keptRows(node)
      const dropped = node.children.length - rows.length
      if (dropped > 0) {
        file.message(`Dropped ${dropped} table row${dropped === 1 ? '' : 's'} without a value`, {
          place: node.position,
          ruleId: 'empty-table-row',
          source: 'wiki'
        })
      }
      if (rows.length === 0 || (rows.length === 1 && rows[0] === node.children[0])) return []
      return [{...node, children: rows}]
    })
  }
}

function cellValue(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '')
}

function isEmpty(row: TableRow): boolean {
  return row.children.every((cell) => {
    const text = toString(cell).trim()
    return cellValue(text) === '' || /[：:]\s*$/.test(text)
  })
}

function isGroupLabel(row: TableRow): boolean {
  const cells = row.children.filter((cell) => cellValue(toString(cell)) !== '')
  return cells.length === 1 && cells[0]!.children.every((child) => child.type === 'strong' || (child.type === 'text' && /^[\s（(].*[)）]?$|^\s*$/.test(child.value)))
}

function keptRows(table: Table): TableRow[] {
  const rows = table.children.filter((row, index) => index === 0 || !isEmpty(row))
  return rows.filter((row, index) => {
    if (index === 0 || !isGroupLabel(row)) return true
    const next = rows[index + 1]
    return next !== undefined && !isGroupLabel(next)
  })
}
