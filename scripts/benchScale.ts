/**
 * Every acceptance item of issue #12 in one run, as a Markdown table (measure,
 * result, target, pass/fail). Works on generated copies of the seeds + the
 * corpus under the system's temporary folder; times are wall clock of the
 * compiled CLI (start-up, N-Quads and writing included). What counts are the
 * ratios to a yardstick measured in the same run: on a loaded machine the
 * absolute times say little (the load is printed with the table).
 *
 *   npm run bench:scale [-- --files 300] [--large 3000] [--sizes 2,4] [--repeat 5]
 *                       [--skip-large] [--skip-tests] [--keep] [--json]
 *
 * `--large 0` (or `--skip-large`) leaves out the 3,000-file run (it is the
 * longest: a few minutes on two cores); `--skip-tests` leaves out `npm test`.
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
// @ts-expect-error: a plain ES module of the build scripts
import {ensureBuilt} from './freshness.mjs'

const {values} = parseArgs({
  options: {
    files: {type: 'string', default: '300'},
    large: {type: 'string', default: '3000'},
    sizes: {type: 'string', default: '2,4'},
    repeat: {type: 'string', default: '5'},
    'skip-large': {type: 'boolean'},
    'skip-tests': {type: 'boolean'},
    keep: {type: 'boolean'},
    json: {type: 'boolean'}
  }
})
const count = Number(values.files)
const large = values['skip-large'] ? 0 : Number(values.large)
const repeat = Number(values.repeat)
const cores = availableParallelism()
ensureBuilt()
const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist/src/cli/pipeline.js')
const work = mkdtempSync(path.join(tmpdir(), 'kpd-bench-scale-'))
const log = (line: string) => process.stderr.write(`${line}\n`)

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : name.startsWith('.') || name.endsWith('.tsv') ? [] : [full]
  })
}

const originals = [...filesUnder(path.join(root, 'input')), ...filesUnder(path.join(root, '..', 'shared', 'corpus'))].sort()

/** `files` copies of the seeds + corpus (round robin), each under its own name. */
function copies(files: number): {folder: string; megabytes: number} {
  const folder = path.join(work, `input-${files}`)
  mkdirSync(folder)
  let bytes = 0
  for (let index = 0; index < files; index++) {
    const source = originals[index % originals.length]!
    const content = readFileSync(source)
    bytes += content.length
    writeFileSync(path.join(folder, `${String(index).padStart(5, '0')}-${path.basename(source)}`), content)
  }
  return {folder, megabytes: bytes / 1e6}
}

interface Run {
  seconds: number
  rssMiB: number
  code: number
}

/** One command: wall seconds and peak RSS (MiB) from GNU time. */
function timed(command: string, args: string[], options: {cwd?: string} = {}): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {encoding: 'utf8', cwd: options.cwd ?? root, env: {...process.env, CI: '1'}, maxBuffer: 1 << 28})
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number)
  return {seconds: seconds!, rssMiB: Math.round(kilobytes! / 1024), code: result.status ?? 1}
}

const pipeline = (args: string[]) => timed(process.execPath, [cli, ...args])
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!

/** Bare single-thread remark-parse of the same bytes: the yardstick every ratio divides by. */
function yardstick(folder: string): number {
  const markdown = unified().use(remarkParse)
  const start = process.hrtime.bigint()
  for (const name of readdirSync(folder).sort()) markdown.parse(new TextDecoder().decode(readFileSync(path.join(folder, name))))
  return Number(process.hrtime.bigint() - start) / 1e9
}

const same = (a: string, b: string) => spawnSync('diff', ['-r', '-q', '-x', '.*', a, b]).status === 0

interface Row {
  measure: string
  result: string
  target: string
  pass: boolean | undefined
}
const rows: Row[] = []
const report: Record<string, unknown> = {cores, loadBefore: loadavg()}
const row = (measure: string, result: string, target: string, pass: boolean | undefined) => {
  rows.push({measure, result, target, pass})
  log(`${measure}: ${result}`)
}
const fixed = (value: number, digits = 2) => value.toFixed(digits)

// 5. Start-up: `--help` and one small file, medians of `repeat`, with and without the npm wrapper.
const small = path.join(work, 'small')
mkdirSync(small)
writeFileSync(path.join(small, '004.txt'), readFileSync(path.join(root, 'input', readdirSync(path.join(root, 'input')).sort().at(-1)!)))
const helpBare = median(Array.from({length: repeat}, () => pipeline(['--help']).seconds))
const helpNpm = median(Array.from({length: repeat}, () => timed('npm', ['run', '-s', 'pipeline', '--', '--help']).seconds))
const smallArgs = (index: number) => ['--input', small, '--output', path.join(work, `small-out-${index}`), '--no-cache']
const smallBare = median(Array.from({length: repeat}, (_, index) => pipeline(smallArgs(index)).seconds))
const smallNpm = median(Array.from({length: repeat}, (_, index) => timed('npm', ['run', '-s', 'pipeline', '--', ...smallArgs(index + repeat)]).seconds))
report.startup = {helpBare, helpNpm, smallBare, smallNpm}
row('`--help` (median of ' + repeat + '), node / npm run', `${fixed(helpBare)} s / ${fixed(helpNpm)} s`, '< 1 s', helpNpm < 1)
row('one small file end to end (median of ' + repeat + '), node / npm run', `${fixed(smallBare)} s / ${fixed(smallNpm)} s`, '< 2.5 s', smallNpm < 2.5)

// 1. Linear and parallel: the yardstick, concurrency 1 and all cores, on `count` files.
const batch = copies(count)
const parse = yardstick(batch.folder)
const serial = pipeline(['--input', batch.folder, '--output', path.join(work, 'out-1'), '--concurrency', '1', '--no-cache'])
const parallel = pipeline(['--input', batch.folder, '--output', path.join(work, 'out-n'), '--concurrency', String(cores), '--no-cache'])
report.batch = {files: count, megabytes: batch.megabytes, yardstickSeconds: parse, serial, parallel}
row(`${count} files (${fixed(batch.megabytes, 1)} MB): yardstick (remark-parse, 1 thread)`, `${fixed(parse)} s`, '', undefined)
row('full pipeline at concurrency 1, × yardstick', `${fixed(serial.seconds / parse)} (${serial.seconds} s)`, '≤ 3', serial.seconds / parse <= 3)
row(`speed-up on ${cores} workers`, `${fixed(serial.seconds / parallel.seconds)}× (${parallel.seconds} s)`, '≥ 1.7×', serial.seconds / parallel.seconds >= 1.7)
row('same bytes at concurrency 1 and ' + cores, same(path.join(work, 'out-1'), path.join(work, 'out-n')) ? 'yes' : 'no', 'yes', same(path.join(work, 'out-1'), path.join(work, 'out-n')))

// 4. Incremental: an unchanged re-run, then one changed file, against the full run on all cores.
const unchanged = pipeline(['--input', batch.folder, '--output', path.join(work, 'out-n')])
const changedFile = path.join(batch.folder, readdirSync(batch.folder).sort()[0]!)
appendFileSync(changedFile, '\n\nOne more paragraph for the benchmark.\n')
const changed = pipeline(['--input', batch.folder, '--output', path.join(work, 'out-n')])
report.incremental = {unchanged, changed}
row('unchanged re-run, of the full run', `${fixed((unchanged.seconds / parallel.seconds) * 100, 1)}% (${unchanged.seconds} s)`, '≤ 10%', unchanged.seconds / parallel.seconds <= 0.1)
row('one changed file, of the full run', `${fixed((changed.seconds / parallel.seconds) * 100, 1)}% (${changed.seconds} s)`, '≤ 15%', changed.seconds / parallel.seconds <= 0.15)

// 2. Flat memory: peak RSS at `count` and at `large` files (all cores).
row(`peak RSS, ${count} files`, `${parallel.rssMiB} MiB`, '', undefined)
if (large > 0) {
  const big = copies(large)
  rmSync(path.join(work, 'out-1'), {recursive: true, force: true})
  const run = pipeline(['--input', big.folder, '--output', path.join(work, `out-${large}`), '--concurrency', String(cores), '--no-cache'])
  report.large = {files: large, megabytes: big.megabytes, run}
  const growth = run.rssMiB / parallel.rssMiB - 1
  row(`peak RSS, ${large} files (${fixed(big.megabytes, 1)} MB, ${run.seconds} s)`, `${run.rssMiB} MiB`, '< 600 MiB', run.code <= 1 && run.rssMiB < 600)
  row(`peak RSS growth, ${count} → ${large} files`, `${growth >= 0 ? '+' : ''}${fixed(growth * 100, 1)}%`, 'within 20%', Math.abs(growth) <= 0.2)
  rmSync(big.folder, {recursive: true, force: true})
  rmSync(path.join(work, `out-${large}`), {recursive: true, force: true})
}

// 3. Linear in size: one file of each size (seed 001 repeated), concurrency 1.
const seed = readFileSync(path.join(root, 'input', readdirSync(path.join(root, 'input')).sort()[1]!), 'utf8')
const series = values
  .sizes!.split(',')
  .map(Number)
  .map((megabytes) => {
    const folder = path.join(work, `size-${megabytes}`)
    mkdirSync(folder)
    const text = Array.from({length: Math.max(1, Math.round((megabytes * 1e6) / Buffer.byteLength(seed)))}, () => seed).join('\n\n')
    writeFileSync(path.join(folder, 'big.txt'), text)
    return {megabytes, ...pipeline(['--input', folder, '--output', `${folder}-out`, '--concurrency', '1', '--no-cache', '--max-file-size', '64MB', '--time-budget', '600'])}
  })
report.sizes = series
for (const point of series) row(`one file of ${point.megabytes} MB`, `${point.seconds} s, ${point.rssMiB} MiB${point.code > 1 ? ' (failed)' : ''}`, '', undefined)
if (series.length >= 2) {
  const [smaller, larger] = [series.at(-2)!, series.at(-1)!]
  const ratio = larger.seconds / smaller.seconds
  const allowed = 2.2 * (larger.megabytes / smaller.megabytes / 2)
  row(`${larger.megabytes} MB file vs ${smaller.megabytes} MB`, `${fixed(ratio)}×`, `≤ ${fixed(allowed, 1)}×`, ratio <= allowed && larger.code <= 1)
}

// 6. Sharded over 2 and 3 local processes: the same bytes as one run.
const shardInput = path.join(root, 'input')
const single = path.join(work, 'shard-single')
pipeline(['--input', shardInput, '--output', single, '--concurrency', '1', '--no-cache'])
for (const shards of [2, 3]) {
  const output = path.join(work, `shard-${shards}`)
  const common = ['--input', shardInput, '--output', output, '--concurrency', '1']
  const start = Date.now()
  const each = (command: string) => Array.from({length: shards}, (_, index) => spawnSync(process.execPath, [cli, command, '--shard', `${index}/${shards}`, ...common], {env: {...process.env, CI: '1'}}))
  each('ingest')
  spawnSync(process.execPath, [cli, 'merge-lexicon', '--shards', String(shards), ...common])
  each('records')
  spawnSync(process.execPath, [cli, 'merge', '--shards', String(shards), ...common])
  const identical = same(single, output)
  row(`sharded over ${shards} processes, same bytes as one run`, `${identical ? 'yes' : 'no'} (${fixed((Date.now() - start) / 1000, 1)} s)`, 'yes', identical)
}

// 7. `npm test` (type check + every test).
if (!values['skip-tests']) {
  const tests = timed('npm', ['test', '--silent'])
  report.tests = tests
  row('`npm test`', `${fixed(tests.seconds / 60)} min${tests.code === 0 ? '' : ' (failed)'}`, '< 3 min', tests.code === 0 && tests.seconds < 180)
}

report.loadAfter = loadavg()
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ')
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`)
process.stdout.write(`${cores} cores, load ${load(report.loadBefore as number[])} → ${load(report.loadAfter as number[])}\n\n| measure | result | target | pass |\n| --- | --- | --- | --- |\n`)
for (const entry of rows) process.stdout.write(`| ${entry.measure} | ${entry.result} | ${entry.target} | ${entry.pass === undefined ? '' : entry.pass ? 'pass' : '**fail**'} |\n`)
if (!values.keep) rmSync(work, {recursive: true, force: true})
