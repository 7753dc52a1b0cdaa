import type {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {Lexicon} from '../entities/buildLexicon.js'
import {InputError, type Pipelines} from './processSource.js'
import {startTsWorker} from './startTsWorker.js'
import {applyMessages, fileState, type WorkerReply, type WorkerTask} from './workerProtocol.js'

export interface WorkerBudget {
  /** Wall-clock limit of each step (ingest, record) of one file, in milliseconds. */
  stepMilliseconds: number
  /** Heap limit of a worker, in MB: a file that needs more fails alone. */
  heapMegabytes: number
}

/** Defaults of `--time-budget` and the worker heap (README, Limits). */
export const DEFAULT_BUDGET: WorkerBudget = {stepMilliseconds: 120_000, heapMegabytes: 4096}

const workerUrl = new URL('./pipelineWorker.ts', import.meta.url)

/**
 * The product's pipelines run in worker threads, one step of one file per
 * worker at a time, so that a pathological file cannot stall or crash the
 * batch: a step that overruns the time budget has its worker terminated (the
 * only way to stop synchronous code) and fails that file alone, as does a
 * worker that runs out of heap or stack. The steps are the same code as in
 * process, so records are byte-identical.
 */
export function createWorkerPipelines(budget: WorkerBudget = DEFAULT_BUDGET): Pipelines & {close: () => Promise<void>} {
  const idle: Worker[] = []
  const lexiconIds = new WeakMap<Lexicon, number>()
  const lexiconOf = new WeakMap<Worker, number>()
  let nextLexiconId = 1

  const spawn = () => startTsWorker(workerUrl, {maxOldGenerationSizeMb: budget.heapMegabytes, stackSizeMb: 16})

  function runTask(worker: Worker, task: WorkerTask): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup()
        void worker.terminate()
        reject(new InputError(`The file took longer than the time budget of ${budget.stepMilliseconds / 1000} s for one step (--time-budget) and was stopped`, 'time-budget'))
      }, budget.stepMilliseconds)
      const onMessage = (reply: WorkerReply) => {
        cleanup()
        idle.push(worker)
        resolve(reply)
      }
      const onError = (error: Error) => {
        cleanup()
        void worker.terminate()
        const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        reject(memory ? new InputError(`The file needed more than the memory budget of ${budget.heapMegabytes} MB and was stopped`, 'memory-budget') : error)
      }
      const onExit = (code: number) => {
        cleanup()
        reject(new Error(`The worker stopped (exit code ${code})`))
      }
      const cleanup = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage(task)
    })
  }

  async function step(file: VFile, task: (worker: Worker) => WorkerTask): Promise<void> {
    const worker = idle.pop() ?? (await spawn())
    const reply = await runTask(worker, task(worker))
    file.value = reply.file.value
    Object.assign(file.data, reply.file.data)
    applyMessages(file, reply.messages)
    if (reply.error) throw reply.error.ruleId ? new InputError(reply.error.message, reply.error.ruleId) : new Error(reply.error.message)
  }

  return {
    ingest: (kind, file) => step(file, () => ({step: 'ingest', kind, file: fileState(file)})),
    record: (lexicon, file) => step(file, (worker) => {
      if (!lexiconIds.has(lexicon)) lexiconIds.set(lexicon, nextLexiconId++)
      const lexiconId = lexiconIds.get(lexicon)!
      const known = lexiconOf.get(worker) === lexiconId
      lexiconOf.set(worker, lexiconId)
      return {step: 'record', lexiconId, lexicon: known ? undefined : lexicon, file: fileState(file)}
    }),
    async close() {
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()))
    }
  }
}
