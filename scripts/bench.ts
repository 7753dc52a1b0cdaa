/**
 * Speed of the pipeline as a ratio to a yardstick measured in the same run:
 * parsing the same sources with remark-parse alone (what any Markdown tool
 * pays). A ratio does not depend on how fast the machine is today.
 *
 *   npm run bench [-- --rounds N]
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {pipelines} from '../pipelines/index.js'
import {stemOf} from '../src/run/listSources.js'
import {processSources} from '../src/run/processSource.js'

const {values} = parseArgs({options: {rounds: {type: 'string', default: '7'}}})
const rounds = Number(values.rounds)

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

const sources = [...filesUnder('input'), ...filesUnder(path.join('..', 'shared', 'corpus')).filter((file) => !file.endsWith('.tsv'))]
  .map((file) => ({name: path.basename(file), bytes: readFileSync(file)}))
const megabytes = sources.reduce((sum, source) => sum + source.bytes.length, 0) / 1e6
const markdown = unified().use(remarkParse)

async function time(task: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint()
  await task()
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const yardstick: number[] = []
const pipeline: number[] = []
for (let round = 0; round < rounds + 1; round++) {
  const parse = await time(async () => {
    for (const source of sources) markdown.parse(new TextDecoder().decode(source.bytes))
  })
  const run = await time(async () => {
    await processSources(sources.map((source) => ({sourceName: source.name, stem: stemOf(source.name), bytes: source.bytes})), pipelines)
  })
  // The first round warms caches and the JIT: not counted.
  if (round > 0) {
    yardstick.push(parse)
    pipeline.push(run)
  }
}

const report = {
  sources: sources.length,
  megabytes: Number(megabytes.toFixed(3)),
  rounds,
  yardstickMs: Number(median(yardstick).toFixed(1)),
  pipelineMs: Number(median(pipeline).toFixed(1)),
  ratio: Number((median(pipeline) / median(yardstick)).toFixed(2))
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
