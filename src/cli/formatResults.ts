import {escapeControl} from './escapeControl.js'

export type Row = Record<string, string>

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let columns = 0
  for (const character of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1
  return columns
}

/** Columns in the order the query projects them (`(COUNT(?x) AS ?n)` is column n); all variables for `SELECT *`. */
export function projectedColumns(query: string, rows: Row[]): string[] {
  const projection = /select\s+(?:distinct\s+|reduced\s+)?([\s\S]*?)\s*(?:where\b|\{)/i.exec(query)?.[1] ?? ''
  const flattened = projection.replace(/\((?:[^()]|\([^()]*\))*?\s+as\s+(\?\w+)\s*\)/gi, '$1')
  const selected = flattened.trim() === '*' ? undefined : flattened.match(/\?(\w+)/g)?.map((name) => name.slice(1))
  if (selected) return selected
  const variables = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) variables.add(key)
  return [...variables]
}

/**
 * Rows as text: `table` (aligned, control characters escaped: values come
 * from the sources and must not drive the terminal), `csv`, or `json`.
 * Widths are computed with loops, not spread arguments: 150,000 rows
 * overflowed the stack.
 */
export function formatRows(rows: Row[], columns: string[], format: string): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`
  if (format === 'csv') return `${[columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(escapeControl(row[column] ?? '').replace(/\\n/g, '\n'))).join(','))].join('\n')}\n`
  const cells = rows.map((row) => columns.map((column) => escapeControl(row[column] ?? '')))
  const widths = columns.map((column) => width(column))
  for (const line of cells) line.forEach((cell, index) => (widths[index] = Math.max(widths[index]!, width(cell))))
  const line = (values: string[]) =>
    values
      .map((cell, index) => cell + ' '.repeat(widths[index]! - width(cell)))
      .join(' | ')
      .trimEnd()
  return `${[line(columns), widths.map((size) => '-'.repeat(size)).join('-|-'), ...cells.map(line)].join('\n')}\n`
}
