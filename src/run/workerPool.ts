import {Worker} from 'node:worker_threads'
import {InputError} from './fileStatus.js'
import {limitHeapGrowth} from './heapGrowth.js'
import {workerBootstrap} from './startTsWorker.js'
import {DEFAULT_BUDGET, timeBudgetError, type WorkerBudget, workerError} from './workerBudget.js'

/** Time a worker gets to load its modules before a task's budget starts. */
export const LOAD_MILLISECONDS = 120_000

interface Job {
  task: unknown
  resolve: (value: any) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job?: Job
  timer?: NodeJS.Timeout
}

/**
 * Up to `size` worker threads, one task at a time each, tasks taken in the
 * order given, started on first need (a run with everything cached starts
 * none). A task that overruns the time budget has its worker terminated
 * (the only way to stop synchronous code), and a worker out of heap or
 * stack dies: either way only that task fails (`InputError` `time-budget`
 * / `memory-budget`) and a fresh worker takes its place. The budget counts
 * from the worker's `started` (its modules loaded), so that start-up on a
 * loaded machine is never charged to a file; loading itself gets
 * `LOAD_MILLISECONDS` (or the budget, if longer).
 */
export class WorkerPool {
  readonly #url: URL
  readonly #slots: Slot[] = []
  readonly #waiting: Job[] = []
  #closed = false

  constructor(
    url: URL,
    readonly size: number,
    readonly budget: WorkerBudget = DEFAULT_BUDGET
  ) {
    this.#url = url
  }

  run<T>(task: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // A closed pool starts no worker: a task given after `close` fails at once rather than never settling.
      if (this.#closed) return reject(new Error('The worker pool is closed'))
      this.#waiting.push({task, resolve, reject})
      if (this.#slots.length < this.size && this.#slots.every((slot) => slot.job)) this.#slots.push(this.#spawn())
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()))
  }

  #spawn(): Slot {
    limitHeapGrowth()
    const options = {resourceLimits: {maxOldGenerationSizeMb: this.budget.heapMegabytes, stackSizeMb: 16}}
    const worker = this.#url.pathname.endsWith('.ts')
      ? // Run from TypeScript sources (tsx), a worker registers the same loader first.
        new Worker(workerBootstrap(this.#url), {...options, eval: true})
      : new Worker(this.#url, options)
    const slot: Slot = {worker}
    worker.unref()
    worker.on('message', (message: {started?: boolean; result?: unknown; error?: string; ruleId?: string}) => {
      if (message.started) {
        if (slot.job) this.#startTimer(slot, this.budget.stepMilliseconds)
        return
      }
      const job = this.#finish(slot)
      if (!job) return
      if (message.error !== undefined) job.reject(message.ruleId ? new InputError(message.error, message.ruleId) : new Error(message.error))
      else job.resolve(message.result)
    })
    worker.on('error', (error) => this.#replace(slot, workerError(this.budget, error)))
    worker.on('exit', (code) => {
      if (!this.#closed) this.#replace(slot, new Error(`The worker stopped (exit code ${code})`))
    })
    return slot
  }

  #finish(slot: Slot): Job | undefined {
    const job = slot.job
    clearTimeout(slot.timer)
    slot.job = undefined
    slot.timer = undefined
    queueMicrotask(() => this.#dispatch())
    return job
  }

  #replace(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot)
    if (index === -1 || this.#closed) return
    this.#slots.splice(index, 1)
    void slot.worker.terminate()
    this.#finish(slot)?.reject(error)
    if (this.#waiting.length > 0) this.#slots.push(this.#spawn())
  }

  #startTimer(slot: Slot, milliseconds: number): void {
    clearTimeout(slot.timer)
    slot.timer = setTimeout(() => this.#replace(slot, timeBudgetError(this.budget)), milliseconds)
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job || this.#waiting.length === 0) continue
      const job = this.#waiting.shift()!
      slot.job = job
      slot.worker.ref()
      this.#startTimer(slot, Math.max(LOAD_MILLISECONDS, this.budget.stepMilliseconds))
      slot.worker.postMessage(job.task)
    }
    for (const slot of this.#slots) if (!slot.job) slot.worker.unref()
  }
}
