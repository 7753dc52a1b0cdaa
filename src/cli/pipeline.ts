import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import type {BatchOptions} from '../run/runBatch.js'
import {progressBar} from './progressBar.js'

const usage = `Usage: npm run pipeline -- [--input <dir|file>]... [--output <dir>] [--concurrency N]
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
  -o, --output <dir>       where the records go (created if missing)
  -c, --concurrency <N>    worker threads (default: CPU count)
      --cache <dir>        cache folder (default: <output>/.cache)
      --no-cache           reuse nothing from the cache
  -h, --help               this help

Exit status: 0 every input succeeded, 1 some failed (the others are written),
2 usage error.`

const commands = ['ingest', 'merge-lexicon', 'records', 'merge'] as const
type Command = (typeof commands)[number] | 'run'

function fail(reason: string): never {
  process.stderr.write(`${reason}\n\n${usage}\n`)
  process.exit(2)
}

function shardOf(text: string | undefined): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '')
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index >= count) fail(`--shard takes I/N with 0 ≤ I < N, not “${text ?? ''}”`)
  return {index, count}
}

function countOf(text: string | undefined): number {
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1) fail(`--shards takes a whole number of at least 1, not “${text ?? ''}”`)
  return count
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        input: {type: 'string', short: 'i', multiple: true},
        output: {type: 'string', short: 'o'},
        concurrency: {type: 'string', short: 'c'},
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
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  if (positionals.length > 1 || (positionals[0] !== undefined && !(commands as readonly string[]).includes(positionals[0]))) {
    fail(`Unknown command: ${positionals.join(' ')}`)
  }
  const command = (positionals[0] ?? 'run') as Command
  const inputs = values.input ?? ['input']
  if (command === 'run' || command === 'ingest') for (const input of inputs) if (!existsSync(input)) fail(`No such input: ${input}`)
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency takes a whole number of at least 1, not “${values.concurrency}”`)
  const output = values.output ?? 'output'
  const warnings = new File({path: values.cache ?? `${output}/.cache`})
  const progress = progressBar()
  const options: BatchOptions = {
    inputs, output, concurrency, noCache: values['no-cache'] ?? false,
    warn: (reason) => void warnings.message(reason, {ruleId: 'cache-corrupt', source: 'cache'}),
    ...(values.cache ? {cache: values.cache} : {}),
    ...(progress ? {progress} : {})
  }

  let files: VFile[] | undefined
  if (command === 'run') {
    const {runBatch} = await import('../run/runBatch.js')
    files = await runBatch(options)
  } else {
    const shards = await import('../run/shards.js')
    if (command === 'ingest') await shards.ingestShard(options, shardOf(values.shard))
    else if (command === 'records') await shards.recordShard(options, shardOf(values.shard))
    else if (command === 'merge-lexicon') await shards.mergeLexicon(options, countOf(values.shards))
    else files = await shards.mergeShards(options, countOf(values.shards))
  }
  progress?.done()
  const {reporter} = await import('vfile-reporter')
  const reported = [...(warnings.messages.length > 0 ? [warnings] : []), ...(files ?? [])]
  const report = reported.length > 0 ? reporter(reported, {quiet: false}) : ''
  if (report) process.stderr.write(`${report}\n`)
  if (!files) return
  const failed = files.filter((file) => file.messages.some((message) => message.fatal)).length
  const warned = files.reduce((count, file) => count + file.messages.filter((message) => !message.fatal).length, 0)
  process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'}: ${files.length - failed} written, ${failed} failed, ${warned} warning${warned === 1 ? '' : 's'} → ${output}/\n`)
  process.exitCode = failed > 0 ? 1 : 0
}

await main()
