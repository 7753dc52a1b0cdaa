import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import oxigraph from 'oxigraph'

const usage = `Usage: npm run query -- --data <dir> --query <SPARQL text or .rq file> [--format table|json|csv]

Loads <dir>/dataset.nq into an embedded oxigraph store (no server) and prints
the results of a SELECT (or ASK) query. Examples are in queries/.`

interface Term {
  termType: string
  value: string
}

function fail(reason: string): never {
  process.stderr.write(`${reason}\n\n${usage}\n`)
  process.exit(2)
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let columns = 0
  for (const character of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1
  return columns
}

function main(): void {
  let values
  try {
    ;({values} = parseArgs({options: {data: {type: 'string', short: 'd'}, query: {type: 'string', short: 'q'}, format: {type: 'string', short: 'f'}, help: {type: 'boolean', short: 'h'}}, strict: true}))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const folder = values.data ?? 'output'
  const dataset = path.join(folder, 'dataset.nq')
  if (!existsSync(dataset)) fail(`No dataset.nq in ${folder}`)
  if (!values.query) fail('--query is required')
  const format = values.format ?? 'table'
  if (!['table', 'json', 'csv'].includes(format)) fail(`--format takes table, json or csv, not “${format}”`)
  const query = values.query.endsWith('.rq') && existsSync(values.query) ? readFileSync(values.query, 'utf8') : values.query

  const store = new oxigraph.Store()
  store.load(readFileSync(dataset, 'utf8'), {format: 'application/n-quads'})
  let result: unknown
  try {
    result = store.query(query, {use_default_graph_as_union: true}) // each record is a named graph
  } catch (error) {
    fail(`The query failed: ${(error as Error).message}`)
  }
  if (typeof result === 'boolean') {
    process.stdout.write(format === 'json' ? `${JSON.stringify({boolean: result})}\n` : `${result}\n`)
    return
  }
  const rows = (result as Array<Map<string, Term>>).map((row) => Object.fromEntries([...row.entries()].map(([key, term]) => [key, term.value])))
  const variables = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  // Columns in the order the query projects them (`(COUNT(?x) AS ?n)` is column n).
  const projection = /select\s+(?:distinct\s+|reduced\s+)?([\s\S]*?)\s*(?:where\b|\{)/i.exec(query)?.[1] ?? ''
  const flattened = projection.replace(/\((?:[^()]|\([^()]*\))*?\s+as\s+(\?\w+)\s*\)/gi, '$1')
  const selected = flattened.trim() === '*' ? undefined : flattened.match(/\?(\w+)/g)?.map((name) => name.slice(1))
  const columns = selected ?? variables
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
  } else if (format === 'csv') {
    process.stdout.write(`${[columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? '')).join(','))].join('\n')}\n`)
  } else {
    const widths = columns.map((column) => Math.max(width(column), ...rows.map((row) => width(row[column] ?? ''))))
    const line = (cells: string[]) => cells.map((cell, index) => cell + ' '.repeat(widths[index]! - width(cell))).join(' | ').trimEnd()
    process.stdout.write(`${[line(columns), widths.map((size) => '-'.repeat(size)).join('-|-'), ...rows.map((row) => line(columns.map((column) => row[column] ?? '')))].join('\n')}\n`)
  }
  process.stderr.write(`${rows.length} row${rows.length === 1 ? '' : 's'}\n`)
}

main()
