import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {TestProject} from 'vitest/node'
// @ts-expect-error: a plain ES module of the build scripts
import {ensureBuilt} from '../scripts/freshness.mjs'
import {processEvaluationBatch} from '../scripts/evalBatch.js'
import {corpusFolder, hasCorpus} from './helpers/corpus.js'
import {runPipeline} from './helpers/runScript.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the one shared CLI run over `input/` (records, dataset, manifest). */
    seedsOutput: string
    seedsStderr: string
    /** Output folder of the one shared CLI run over `input/` and the corpus (when `../shared/corpus` is there). */
    corpusOutput: string
    /** Where the evaluations keep their processed batch of the seeds and the corpus (`KPD_EVAL_BATCH`): processed once, scored twice. */
    evalBatch: string
  }
}

/**
 * Once per `npm test`: the compiled CLI is built if stale, and the seeds
 * are processed once by it (and once with the corpus); the evaluations'
 * batch is processed once; suites read these instead of processing them
 * again.
 */
export default async function setup(project: TestProject) {
  ensureBuilt()
  const folder = mkdtempSync(path.join(tmpdir(), 'kpd-seeds-'))
  const output = path.join(folder, 'output')
  const evalBatch = path.join(folder, 'eval-batch.json')
  const corpusOutput = path.join(folder, 'corpus-output')
  // The evaluations' batch is processed here (in this process, while the CLI runs in its own), kept for every suite that scores it;
  // the CLI runs the seeds, then the seeds with the whole corpus, as a user runs them (their cache is shared: the seeds' ingest is reused).
  const runs = (async () => {
    const run = await runPipeline(['--input', 'input', '--output', output, '--cache', path.join(folder, 'cache')])
    if (run.code !== 0) throw new Error(`The shared run of the seeds failed:\n${run.stderr}`)
    if (hasCorpus) {
      const corpusRun = await runPipeline(['--input', 'input', '--input', corpusFolder, '--output', corpusOutput, '--cache', path.join(folder, 'cache')])
      if (corpusRun.code !== 0) throw new Error(`The shared run of the seeds and the corpus failed:\n${corpusRun.stderr}`)
    }
    return run
  })()
  const [run] = await Promise.all([runs, hasCorpus ? processEvaluationBatch(evalBatch) : undefined])
  project.provide('seedsOutput', output)
  project.provide('seedsStderr', run.stderr)
  project.provide('corpusOutput', corpusOutput)
  project.provide('evalBatch', evalBatch)
  return () => rmSync(folder, {recursive: true, force: true})
}
