import {parentPort} from 'node:worker_threads'
import type {Pipelines} from './processSource.js'
import type {WorkerTask} from './workerTasks.js'

/**
 * The loop of a batch worker thread: CPU-bound steps (ingest, lexicon,
 * record), one task at a time, with the product's pipelines from `product`
 * (the batch's own worker gives `pipelines/`; a test may give others).
 * Heavy modules load on first use, never on the main thread; once a task's
 * modules are loaded the worker says `started`, and the pool's time budget
 * counts from there (loading is never part of a file's budget).
 */
export function serveTasks(product: () => Promise<Pipelines>): void {
  let tasks: Promise<typeof import('./workerTasks.js')> | undefined
  let pipelines: Promise<Pipelines> | undefined
  parentPort!.on('message', async (task: WorkerTask) => {
    try {
      const run = await (tasks ??= import('./workerTasks.js'))
      const loaded = task.type === 'lexicon' ? undefined : await (pipelines ??= product())
      if (task.type === 'record') await run.prepareRecordTask(task, loaded!)
      parentPort!.postMessage({started: true})
      const result = task.type === 'ingest' ? await run.ingestTask(task, loaded!) : task.type === 'lexicon' ? await run.lexiconTask(task) : await run.recordTask(task, loaded!)
      parentPort!.postMessage({result})
    } catch (error) {
      // An input's own error keeps its rule id; anything else its stack, for the report.
      const ruleId = (error as {ruleId?: unknown}).ruleId
      if (typeof ruleId === 'string') parentPort!.postMessage({error: (error as Error).message, ruleId})
      else parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
    }
  })
}
