/**
 * Runs one SPARQL query on `dataset.nq` in a worker thread, so that
 * `query.ts` can stop it at its timeout (oxigraph's evaluation is
 * synchronous WebAssembly: nothing else can interrupt it).
 */
import {readFileSync} from 'node:fs'
import {parentPort} from 'node:worker_threads'
import oxigraph from 'oxigraph'
import {formatRows, projectedColumns, type Row} from './formatResults.js'

export interface QueryTask {
  dataset: string
  query: string
  format: string
  limit: number
}

export type QueryReply = {output: string; count: number; truncated: boolean; error?: undefined} | {error: string}

interface Term {
  value: string
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!

function run(task: QueryTask): QueryReply {
  const store = new oxigraph.Store()
  try {
    store.load(readFileSync(task.dataset, 'utf8'), {format: 'application/n-quads'})
  } catch (error) {
    return {error: `dataset.nq cannot be loaded: ${firstLine(error)}`}
  }
  let result: ReturnType<typeof store.query>
  try {
    result = store.query(task.query, {use_default_graph_as_union: true}) // each record is a named graph
  } catch (error) {
    return {error: `The query failed: ${firstLine(error)}`}
  }
  if (typeof result === 'boolean') return {output: task.format === 'json' ? `${JSON.stringify({boolean: result})}\n` : `${result}\n`, count: 1, truncated: false}
  if (typeof result === 'string') return {output: result, count: 0, truncated: false}
  const kept = result.slice(0, task.limit)
  const truncated = result.length > task.limit
  if (kept.length > 0 && 'subject' in kept[0]!) {
    // CONSTRUCT, DESCRIBE: N-Triples (oxigraph's terms print in N-Triples syntax).
    const triples = (kept as oxigraph.Quad[]).map((quad) => `${quad.subject} ${quad.predicate} ${quad.object} .\n`)
    return {output: triples.join(''), count: triples.length, truncated}
  }
  const rows: Row[] = (kept as Array<Map<string, Term>>).map((row) => Object.fromEntries([...row.entries()].map(([key, term]) => [key, term.value])))
  return {output: formatRows(rows, projectedColumns(task.query, rows), task.format), count: rows.length, truncated}
}

parentPort!.postMessage('ready')
parentPort!.on('message', (task: QueryTask) => {
  parentPort!.postMessage(run(task))
})
