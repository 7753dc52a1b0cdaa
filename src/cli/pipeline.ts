import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {pipelines} from '../../pipelines/index.js'
import {runBatch} from '../run/runBatch.js'
import {succeeded} from '../run/processSource.js'

const usage = `Usage: npm run pipeline -- [--input <dir|file>]... [--output <dir>] [--concurrency N]

Reads every file of the inputs (default: input/), detects its kind by content,
and writes <stem>.jsonld per source, dataset.nq and manifest.json to the
output folder (default: output/).

Options:
  -i, --input <dir|file>   a folder (read recursively) or a file; repeatable
  -o, --output <dir>       where the records go (created if missing)
  -c, --concurrency <N>    sources processed at once (default: CPU count)
  -h, --help               this help

Exit status: 0 every input succeeded, 1 some failed (the others are written),
2 usage error.`

function fail(reason: string): never {
  process.stderr.write(`${reason}\n\n${usage}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  let values
  try {
    ;({values} = parseArgs({
      options: {
        input: {type: 'string', short: 'i', multiple: true},
        output: {type: 'string', short: 'o'},
        concurrency: {type: 'string', short: 'c'},
        help: {type: 'boolean', short: 'h'}
      },
      allowPositionals: false,
      strict: true
    }))
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const inputs = values.input ?? ['input']
  for (const input of inputs) if (!existsSync(input)) fail(`No such input: ${input}`)
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency takes a whole number of at least 1, not “${values.concurrency}”`)
  const output = values.output ?? 'output'

  const files = await runBatch({inputs, output, concurrency, pipelines})
  const failed = files.filter((file) => !succeeded(file)).length
  const warnings = files.reduce((count, file) => count + file.messages.filter((message) => !message.fatal).length, 0)
  const report = reporter(files, {quiet: false})
  if (report) process.stderr.write(`${report}\n`)
  process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'}: ${files.length - failed} written, ${failed} failed, ${warnings} warning${warnings === 1 ? '' : 's'} → ${output}/\n`)
  process.exitCode = failed > 0 ? 1 : 0
}

await main()
