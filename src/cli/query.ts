import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {startTsWorker} from '../run/startTsWorker.js'
import {escapeControl} from './escapeControl.js'
import type {QueryReply, QueryTask} from './queryWorker.js'
import {givesTriples, refusedKeyword} from './sparqlSafety.js'

const DEFAULT_LIMIT = 10_000
const DEFAULT_TIMEOUT_SECONDS = 30

const usage = `Usage: npm run query -- --data <dir> --query <SPARQL text or .rq file> [--format table|json|csv]
                         [--limit N] [--timeout SECONDS]

Loads <dir>/dataset.nq into an embedded oxigraph store (no server) and prints
the results of a SELECT or ASK query (CONSTRUCT and DESCRIBE: N-Triples).
Read-only: updates (INSERT, DELETE, DROP, LOAD, CLEAR, …) and SERVICE are
refused. Examples are in queries/.

Options:
  --limit N            rows (or triples) printed at most (default ${DEFAULT_LIMIT}; the rest is counted on stderr)
  --timeout SECONDS    the query is stopped after this long (default ${DEFAULT_TIMEOUT_SECONDS})

Exit status: 0 done; 1 the query failed or timed out; 2 usage error (a refused
query, a missing file or folder).`

function fail(reason: string, code = 2, showUsage = code === 2): never {
  process.stderr.write(showUsage ? `${reason}\n\n${usage}\n` : `${reason}\n`)
  process.exit(code)
}

/** `queries/missing.rq`, `./x`, `a/b.sparql`: text that names a file rather than a query. */
const looksLikePath = (text: string) => /\.(?:rq|sparql)$/i.test(text.trim()) || (!/\s/.test(text.trim()) && /[/\\]/.test(text))

function queryText(value: string): string {
  if (existsSync(value) && statSync(value).isFile()) return readFileSync(value, 'utf8')
  if (looksLikePath(value)) fail(`No such file: ${escapeControl(value)}`)
  return value
}

function positive(value: string | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) fail(`${option} takes a number above 0, not “${escapeControl(value)}”`)
  return number
}

async function runInWorker(task: QueryTask, timeoutSeconds: number): Promise<QueryReply> {
  const worker = await startTsWorker(new URL(`./queryWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), {maxOldGenerationSizeMb: 2048})
  try {
    return await new Promise<QueryReply>((resolve, reject) => {
      const timer = setTimeout(() => resolve({error: `The query ran longer than ${timeoutSeconds} s and was stopped (--timeout)`}), timeoutSeconds * 1000)
      worker.once('message', (reply: QueryReply) => {
        clearTimeout(timer)
        resolve(reply)
      })
      worker.once('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
      worker.postMessage(task)
    })
  } finally {
    await worker.terminate()
  }
}

async function main(): Promise<void> {
  let values
  try {
    ;({values} = parseArgs({
      options: {data: {type: 'string', short: 'd'}, query: {type: 'string', short: 'q'}, format: {type: 'string', short: 'f'}, limit: {type: 'string'}, timeout: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
      strict: true
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const folder = values.data ?? 'output'
  const dataset = path.join(folder, 'dataset.nq')
  if (!existsSync(dataset)) fail(`No dataset.nq in ${escapeControl(folder)}`)
  if (!values.query) fail('--query is required')
  const format = values.format ?? 'table'
  if (!['table', 'json', 'csv'].includes(format)) fail(`--format takes table, json or csv, not “${escapeControl(format)}”`)
  const limit = Math.floor(positive(values.limit, DEFAULT_LIMIT, '--limit'))
  const timeout = positive(values.timeout, DEFAULT_TIMEOUT_SECONDS, '--timeout')
  const query = queryText(values.query)
  const refused = refusedKeyword(query)
  if (refused !== undefined) fail(`Refused: ${refused} ${refused === 'SERVICE' ? 'would query another endpoint' : 'is an update'}; npm run query only reads the data (SELECT, ASK, CONSTRUCT, DESCRIBE)`)

  let reply: QueryReply
  try {
    reply = await runInWorker({dataset, query, format: givesTriples(query) ? 'ntriples' : format, limit}, timeout)
  } catch (error) {
    fail(`The query failed: ${String((error as Error).message).split('\n')[0]}`, 1)
  }
  if (reply.error !== undefined) fail(escapeControl(reply.error), 1)
  process.stdout.write(reply.output)
  const unit = givesTriples(query) ? 'triple' : 'row'
  process.stderr.write(`${reply.count} ${unit}${reply.count === 1 ? '' : 's'}${reply.truncated ? ` (stopped at --limit ${limit}; there are more)` : ''}\n`)
}

await main()
