import {Worker} from 'node:worker_threads'

interface Job {
  task: unknown
  timeoutMs?: number
  resolve: (value: any) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job?: Job
  timer?: NodeJS.Timeout
}

/** A task that ran past its time budget: its worker was terminated. */
export class TaskTimeoutError extends Error {}

/**
 * Up to `size` worker threads, one task at a time each, tasks taken in the
 * order given. A worker that dies or runs past a task's `timeoutMs` is
 * terminated and replaced; only its task fails.
 */
export class WorkerPool {
  readonly #url: URL
  readonly #slots: Slot[] = []
  readonly #waiting: Job[] = []
  #closed = false

  constructor(url: URL, readonly size: number, readonly workerData?: unknown) {
    this.#url = url
  }

  run<T>(task: unknown, timeoutMs?: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({task, resolve, reject, ...(timeoutMs ? {timeoutMs} : {})})
      // Workers start on first need: a run with everything cached starts none.
      if (this.#slots.length < this.size && this.#slots.every((slot) => slot.job)) this.#slots.push(this.#spawn())
      this.#dispatch()
    })
  }

  async close(): Promise<void> {
    this.#closed = true
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()))
  }

  #spawn(): Slot {
    const worker = this.#url.pathname.endsWith('.ts')
      // Run from TypeScript sources (tsx), a worker registers the same loader first.
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(this.#url.href)}) })`, {eval: true, workerData: this.workerData})
      : new Worker(this.#url, {workerData: this.workerData})
    const slot: Slot = {worker}
    worker.unref()
    worker.on('message', (message: {result?: unknown; error?: string}) => {
      const job = this.#finish(slot)
      if (!job) return
      if (message.error !== undefined) job.reject(new Error(message.error))
      else job.resolve(message.result)
    })
    worker.on('error', (error) => this.#replace(slot, error))
    worker.on('exit', (code) => {
      if (!this.#closed) this.#replace(slot, new Error(`A worker stopped (exit code ${code})`))
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
    this.#slots[index] = this.#spawn()
    void slot.worker.terminate()
    this.#finish(slot)?.reject(error)
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job || this.#waiting.length === 0) continue
      const job = this.#waiting.shift()!
      slot.job = job
      slot.worker.ref()
      if (job.timeoutMs) {
        slot.timer = setTimeout(() => this.#replace(slot, new TaskTimeoutError(`The task took more than ${job.timeoutMs} ms and was stopped`)), job.timeoutMs)
      }
      slot.worker.postMessage(job.task)
    }
    for (const slot of this.#slots) if (!slot.job) slot.worker.unref()
  }
}
