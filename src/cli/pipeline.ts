import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import type {BatchOptions, BatchResult} from '../run/runBatch.js'
import {DEFAULT_MAX_FILE_BYTES} from '../run/readSource.js'
import {DEFAULT_BUDGET} from '../run/workerBudget.js'
import {escapeControl} from './escapeControl.js'
import {parseByteSize} from './parseByteSize.js'
import {progressBar} from './progressBar.js'

const usage = `Usage: npm run pipeline -- [--input <dir|file>]... [--output <dir>] [--concurrency N]
                            [--max-file-size SIZE] [--time-budget SECONDS] [--cache <dir>] [--no-cache]
       npm run pipeline -- ingest --shard I/N [options]     pass 1 of shard I (0 ≤ I < N)
       npm run pipeline -- merge-lexicon --shards N [options]
       npm run pipeline -- records --shard I/N [options]    pass 2 of shard I
       npm run pipeline -- merge --shards N [options]       dataset.nq and manifest.json

Reads every file of the inputs (default: input/), detects its kind by content,
and writes <stem>.jsonld per source, dataset.nq and manifest.json to the
output folder (default: output/). Results are cached by content: a re-run
only redoes what changed.

Options:
  -i, --input <dir|file>   a folder (read recursively) or a file; repeatable
  -o, --output <dir>       where the records go (created if missing; not inside an input)
  -c, --concurrency <N>    worker threads (default: CPU count)
  --max-file-size <SIZE>   larger files fail unread (default: ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024}MB; e.g. 512KB, 20MB)
  --time-budget <SECONDS>  a file step running longer is stopped and fails (default: ${DEFAULT_BUDGET.stepMilliseconds / 1000})
  --cache <dir>            cache folder (default: <output>/.cache)
  --no-cache               reuse nothing from the cache
  -h, --help               this help

Exit status: 0 every input succeeded, 1 some failed (the others are written),
2 usage error or an output folder that cannot be used.`

const commands = ['ingest', 'merge-lexicon', 'records', 'merge'] as const
type Command = (typeof commands)[number] | 'run'

function fail(reason: string, showUsage = true): never {
  process.stderr.write(showUsage ? `${reason}\n\n${usage}\n` : `${reason}\n`)
  process.exit(2)
}

function shardOf(text: string | undefined): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '')
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index >= count) fail(`--shard takes I/N with 0 ≤ I < N, not “${escapeControl(text ?? '')}”`)
  return {index, count}
}

function countOf(text: string | undefined): number {
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1) fail(`--shards takes a whole number of at least 1, not “${escapeControl(text ?? '')}”`)
  return count
}

function parse() {
  try {
    return parseArgs({
      options: {
        input: {type: 'string', short: 'i', multiple: true},
        output: {type: 'string', short: 'o'},
        concurrency: {type: 'string', short: 'c'},
        'max-file-size': {type: 'string'},
        'time-budget': {type: 'string'},
        cache: {type: 'string'},
        'no-cache': {type: 'boolean'},
        shard: {type: 'string'},
        shards: {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    fail((error as Error).message)
  }
}

async function main(): Promise<void> {
  const {values, positionals} = parse()
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (positionals.length > 1 || (positionals[0] !== undefined && !(commands as readonly string[]).includes(positionals[0]))) {
    fail(`Unknown command: ${escapeControl(positionals.join(' '))}`)
  }
  const command = (positionals[0] ?? 'run') as Command
  const inputs = values.input ?? ['input']
  if (command === 'run' || command === 'ingest') for (const input of inputs) if (!existsSync(input)) fail(`No such input: ${escapeControl(input)}`)
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency takes a whole number of at least 1, not “${escapeControl(values.concurrency ?? '')}”`)
  const maxFileBytes = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_BYTES : parseByteSize(values['max-file-size'])
  if (maxFileBytes === undefined) fail(`--max-file-size takes a size such as 10MB, 512KB or 2000000, not “${escapeControl(values['max-file-size'] ?? '')}”`)
  const seconds = values['time-budget'] === undefined ? DEFAULT_BUDGET.stepMilliseconds / 1000 : Number(values['time-budget'])
  if (!Number.isFinite(seconds) || seconds <= 0) fail(`--time-budget takes a number of seconds above 0, not “${escapeControl(values['time-budget'] ?? '')}”`)
  const output = values.output ?? 'output'
  if (command === 'run' || command === 'ingest') {
    const {outputInsideInput} = await import('../run/outputInsideInput.js')
    const enclosing = outputInsideInput(output, inputs)
    if (enclosing !== undefined) {
      fail(`The output folder ${escapeControl(output)} is inside (or is) the input folder ${escapeControl(enclosing)}: a later run would read the records as sources. Choose an output folder outside the inputs.`)
    }
  }

  const warnings = new VFile({path: values.cache ?? `${output}/.cache`})
  const progress = progressBar()
  const options: BatchOptions = {
    inputs,
    output,
    concurrency,
    maxFileBytes,
    noCache: values['no-cache'] ?? false,
    budget: {...DEFAULT_BUDGET, stepMilliseconds: seconds * 1000},
    warn: (reason) => void warnings.message(reason, {ruleId: 'cache-corrupt', source: 'cache'}),
    ...(values.cache ? {cache: values.cache} : {}),
    ...(progress ? {progress} : {})
  }
  let result: BatchResult | undefined
  try {
    if (command === 'run') {
      result = await (await import('../run/runBatch.js')).runBatch(options)
    } else {
      const shards = await import('../run/shards.js')
      if (command === 'ingest') await shards.ingestShard(options, shardOf(values.shard))
      else if (command === 'records') await shards.recordShard(options, shardOf(values.shard))
      else if (command === 'merge-lexicon') await shards.mergeLexicon(options, countOf(values.shards))
      else result = await shards.mergeShards(options, countOf(values.shards))
    }
  } catch (error) {
    progress?.done()
    const {OutputFolderError} = await import('../run/prepareOutputFolder.js')
    if (error instanceof OutputFolderError) fail(escapeControl(error.message), false)
    const code = (error as NodeJS.ErrnoException).code
    // Writing the output failed midway (disk full, folder made read-only): one line, not a stack trace.
    if (code !== undefined) fail(`The output could not be written to ${escapeControl(output)}: ${escapeControl((error as Error).message)}`, false)
    throw error
  }
  progress?.done()
  const {reporter} = await import('vfile-reporter')
  if (warnings.messages.length > 0) process.stderr.write(`${reporter([warnings], {quiet: false})}\n`)
  if (result) process.exitCode = (await import('./reportRun.js')).reportRun(result, output, reporter)
}

await main()
