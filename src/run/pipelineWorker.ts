/**
 * A pipeline worker: runs one step of one file at a time for the batch
 * (`workerPipelines.ts`), which stops it when it overruns its time budget.
 */
import {parentPort} from 'node:worker_threads'
import {VFile} from 'vfile'
import {pipelines} from '../../pipelines/index.js'
import type {Lexicon} from '../entities/buildLexicon.js'
import {InputError} from './processSource.js'
import {messageState, type WorkerReply, type WorkerTask} from './workerProtocol.js'

// The batch sends a lexicon once per worker; the records of a batch share it.
let lexicon: {id: number; value: Lexicon} | undefined

async function run(task: WorkerTask): Promise<WorkerReply> {
  const file = new VFile({path: task.file.path, value: task.file.value})
  Object.assign(file.data, task.file.data)
  try {
    if (task.step === 'ingest') await pipelines.ingest(task.kind, file)
    else {
      if (task.lexicon !== undefined) lexicon = {id: task.lexiconId, value: task.lexicon}
      if (lexicon?.id !== task.lexiconId) throw new Error('The worker has no lexicon for this batch')
      await pipelines.record(lexicon.value, file)
    }
    return {file: {path: file.path, value: String(file.value), data: file.data}, messages: file.messages.map(messageState), error: undefined}
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {file: {path: file.path, value: String(file.value), data: file.data}, messages: file.messages.map(messageState), error: {message: reason, ruleId: error instanceof InputError ? error.ruleId : undefined}}
  }
}

parentPort!.postMessage('ready')
parentPort!.on('message', (task: WorkerTask) => {
  void run(task).then((reply) => {
    try {
      parentPort!.postMessage(reply)
    } catch (error) {
      // Data a later step cannot receive is this file's failure, not the batch's.
      parentPort!.postMessage({file: task.file, messages: reply.messages, error: {message: `The step's result cannot be passed on: ${(error as Error).message}`, ruleId: undefined}} satisfies WorkerReply)
    }
  })
})
