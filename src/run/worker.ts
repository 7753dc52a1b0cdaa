import {parentPort} from 'node:worker_threads'
import type {WorkerTask} from './workerTasks.js'

/**
 * A worker thread of the batch: CPU-bound steps (ingest, lexicon, record),
 * one task at a time. Heavy modules load here, on first use, never on the
 * main thread.
 */
let tasks: Promise<typeof import('./workerTasks.js')> | undefined
let pipelines: Promise<typeof import('../../pipelines/index.js').pipelines> | undefined

parentPort!.on('message', async (task: WorkerTask) => {
  try {
    const run = await (tasks ??= import('./workerTasks.js'))
    const product = () => (pipelines ??= import('../../pipelines/index.js').then((module) => module.pipelines))
    const result = task.type === 'ingest'
      ? await run.ingestTask(task, await product())
      : task.type === 'lexicon'
        ? await run.lexiconTask(task)
        : await run.recordTask(task, await product())
    parentPort!.postMessage({result})
  } catch (error) {
    // An input's own error keeps its rule id; anything else its stack, for the report.
    const ruleId = (error as {ruleId?: unknown}).ruleId
    if (typeof ruleId === 'string') parentPort!.postMessage({error: (error as Error).message, ruleId})
    else parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
})
