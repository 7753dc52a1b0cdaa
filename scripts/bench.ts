/**
 * What a user waits for, as ratios to a yardstick measured in the same run
 * (bare single-thread remark-parse of the same bytes), on N copies of the
 * seeds + corpus: the compiled CLI (start-up, N-Quads and writing included)
 * at concurrency 1 and at all cores, peak RSS, an unchanged re-run, one
 * changed file, and a size series (one file of 0.25 … 4 MB). Prints a JSON
 * report and the README's Markdown table, with the machine's load.
 *
 *   npm run bench [-- --files 300] [--sizes 0.25,0.5,1,2,4] [--skip-sizes]
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

const {values} = parseArgs({options: {files: {type: 'string', default: '300'}, sizes: {type: 'string', default: '0.25,0.5,1,2,4'}, 'skip-sizes': {type: 'boolean'}, keep: {type: 'boolean'}}})
const count = Number(values.files)
const cores = availableParallelism()
ensureBuilt()
const cli = path.resolve('dist/src/cli/pipeline.js')
const work = mkdtempSync(path.join(tmpdir(), 'kpd-bench-'))

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

const originals = [...filesUnder('input'), ...filesUnder(path.join('..', 'shared', 'corpus')).filter((file) => !file.endsWith('.tsv'))].sort()
const input = path.join(work, 'input')
mkdirSync(input)
let megabytes = 0
for (let index = 0; index < count; index++) {
  const source = originals[index % originals.length]!
  const bytes = readFileSync(source)
  megabytes += bytes.length / 1e6
  writeFileSync(path.join(input, `${String(index).padStart(5, '0')}-${path.basename(source)}`), bytes)
}

/** One CLI run: wall seconds and peak RSS (MiB) from GNU time. */
function run(args: string[]): {seconds: number; rssMiB: number} {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, ...args], {encoding: 'utf8', env: {...process.env, CI: '1'}, maxBuffer: 1 << 28})
  const [seconds, kilobytes] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number)
  return {seconds: seconds!, rssMiB: Math.round(kilobytes! / 1024)}
}

function yardstick(folder: string): number {
  const markdown = unified().use(remarkParse)
  const start = process.hrtime.bigint()
  for (const name of readdirSync(folder).sort()) markdown.parse(new TextDecoder().decode(readFileSync(path.join(folder, name))))
  return Number(process.hrtime.bigint() - start) / 1e9
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
const loadBefore = load()
const parse = yardstick(input)
const serial = run(['--input', input, '--output', path.join(work, 'out-1'), '--concurrency', '1', '--no-cache'])
const parallel = run(['--input', input, '--output', path.join(work, 'out-n'), '--concurrency', String(cores), '--no-cache'])
// Both full runs made the same bytes (before the re-runs touch out-n).
const same = spawnSync('diff', ['-r', '-q', '-x', '.*', path.join(work, 'out-1'), path.join(work, 'out-n')]).status === 0
const unchanged = run(['--input', input, '--output', path.join(work, 'out-n'), '--concurrency', String(cores)])
const changedFile = readdirSync(input).sort()[0]!
appendFileSync(path.join(input, changedFile), '\n\nOne more paragraph for the benchmark.\n')
const changed = run(['--input', input, '--output', path.join(work, 'out-n'), '--concurrency', String(cores)])

const series: Array<{megabytes: number; seconds: number; rssMiB: number}> = []
if (!values['skip-sizes']) {
  const seed = readFileSync('input/001_93568b05bcb00704.txt', 'utf8')
  for (const size of values.sizes!.split(',').map(Number)) {
    const folder = path.join(work, `size-${size}`)
    mkdirSync(folder)
    const copies = Math.max(1, Math.round((size * 1e6) / Buffer.byteLength(seed)))
    const text = Array.from({length: copies}, () => seed).join('\n\n')
    writeFileSync(path.join(folder, 'big.txt'), text)
    series.push({megabytes: Number((Buffer.byteLength(text) / 1e6).toFixed(2)), ...run(['--input', folder, '--output', `${folder}-out`, '--concurrency', '1', '--no-cache'])})
  }
}

const report = {
  files: count,
  megabytes: Number(megabytes.toFixed(2)),
  cores,
  load: {before: loadBefore, after: load()},
  yardstickSeconds: Number(parse.toFixed(2)),
  concurrency1: {...serial, ratio: Number((serial.seconds / parse).toFixed(2))},
  allCores: {...parallel, ratio: Number((parallel.seconds / parse).toFixed(2)), speedup: Number((serial.seconds / parallel.seconds).toFixed(2))},
  unchangedRerun: {...unchanged, ofFullRun: Number((unchanged.seconds / parallel.seconds).toFixed(3))},
  oneChangedFile: {...changed, ofFullRun: Number((changed.seconds / parallel.seconds).toFixed(3))},
  sameOutputAtAnyConcurrency: same,
  sizeSeries: series
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n\n`)
const rows = [
  ['yardstick (remark-parse, 1 thread)', `${parse.toFixed(2)} s`, '1.00', ''],
  ['pipeline, --concurrency 1', `${serial.seconds} s`, report.concurrency1.ratio.toFixed(2), `${serial.rssMiB} MiB`],
  [`pipeline, --concurrency ${cores}`, `${parallel.seconds} s`, report.allCores.ratio.toFixed(2), `${parallel.rssMiB} MiB (${report.allCores.speedup}× faster)`],
  ['unchanged re-run', `${unchanged.seconds} s`, '', `${(report.unchangedRerun.ofFullRun * 100).toFixed(1)}% of a full run`],
  ['one changed file', `${changed.seconds} s`, '', `${(report.oneChangedFile.ofFullRun * 100).toFixed(1)}% of a full run`],
  ...series.map((point) => [`one file of ${point.megabytes} MB`, `${point.seconds} s`, '', `${point.rssMiB} MiB`])
]
process.stdout.write(
  `${count} files, ${report.megabytes} MB, ${cores} cores, load ${loadBefore} → ${report.load.after}\n\n| run | time | ratio | notes |\n| --- | --- | --- | --- |\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`
)
if (!values.keep) rmSync(work, {recursive: true, force: true})
