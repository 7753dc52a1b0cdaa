import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {reporter} from 'vfile-reporter'
import {runBatch} from '../run/runBatch.js'
import {outputInsideInput} from '../run/outputInsideInput.js'
import {OutputFolderError} from '../run/prepareOutputFolder.js'
import {DEFAULT_MAX_FILE_BYTES} from '../run/readSource.js'
import {createWorkerPipelines, DEFAULT_BUDGET} from '../run/workerPipelines.js'
import {escapeControl} from './escapeControl.js'
import {parseByteSize} from './parseByteSize.js'
import {reportRun} from './reportRun.js'

const usage = `Usage: npm run pipeline -- [--input <dir|file>]... [--output <dir>] [--concurrency N]
                            [--max-file-size SIZE] [--time-budget SECONDS]

Reads every file of the inputs (default: input/), detects its kind by content,
and writes <stem>.jsonld per source, dataset.nq and manifest.json to the
output folder (default: output/).

Options:
  -i, --input <dir|file>   a folder (read recursively) or a file; repeatable
  -o, --output <dir>       where the records go (created if missing; not inside an input)
  -c, --concurrency <N>    sources processed at once (default: CPU count)
  --max-file-size <SIZE>   larger files fail unread (default: ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024}MB; e.g. 512KB, 20MB)
  --time-budget <SECONDS>  a file step running longer is stopped and fails (default: ${DEFAULT_BUDGET.stepMilliseconds / 1000})
  -h, --help               this help

Exit status: 0 every input succeeded, 1 some failed (the others are written),
2 usage error or an output folder that cannot be used.`

function fail(reason: string, showUsage = true): never {
  process.stderr.write(showUsage ? `${reason}\n\n${usage}\n` : `${reason}\n`)
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
        'max-file-size': {type: 'string'},
        'time-budget': {type: 'string'},
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
  for (const input of inputs) if (!existsSync(input)) fail(`No such input: ${escapeControl(input)}`)
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency takes a whole number of at least 1, not “${escapeControl(values.concurrency ?? '')}”`)
  const maxFileBytes = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_BYTES : parseByteSize(values['max-file-size'])
  if (maxFileBytes === undefined) fail(`--max-file-size takes a size such as 10MB, 512KB or 2000000, not “${escapeControl(values['max-file-size'] ?? '')}”`)
  const seconds = values['time-budget'] === undefined ? DEFAULT_BUDGET.stepMilliseconds / 1000 : Number(values['time-budget'])
  if (!Number.isFinite(seconds) || seconds <= 0) fail(`--time-budget takes a number of seconds above 0, not “${escapeControl(values['time-budget'] ?? '')}”`)
  const output = values.output ?? 'output'
  const enclosing = outputInsideInput(output, inputs)
  if (enclosing !== undefined) {
    fail(`The output folder ${escapeControl(output)} is inside (or is) the input folder ${escapeControl(enclosing)}: a later run would read the records as sources. Choose an output folder outside the inputs.`)
  }

  const pipelines = createWorkerPipelines({...DEFAULT_BUDGET, stepMilliseconds: seconds * 1000})
  try {
    const result = await runBatch({inputs, output, concurrency, pipelines, maxFileBytes})
    process.exitCode = reportRun(result, output, reporter)
  } catch (error) {
    if (error instanceof OutputFolderError) fail(escapeControl(error.message), false)
    const code = (error as NodeJS.ErrnoException).code
    // Writing the output failed midway (disk full, folder made read-only): one line, not a stack trace.
    if (code !== undefined) fail(`The output could not be written to ${escapeControl(output)}: ${escapeControl((error as Error).message)}`, false)
    throw error
  } finally {
    await pipelines.close()
  }
}

await main()
