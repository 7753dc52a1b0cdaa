import {InputError} from './fileStatus.js'

export interface WorkerBudget {
  /** Wall-clock limit of each step (ingest, record) of one file, in milliseconds. */
  stepMilliseconds: number
  /** Heap limit of a worker, in MB: a file that needs more fails alone. */
  heapMegabytes: number
}

/** Defaults of `--time-budget` and the worker heap (README, Limits). */
export const DEFAULT_BUDGET: WorkerBudget = {stepMilliseconds: 120_000, heapMegabytes: 4096}

/** The error a file fails with when its step overran the time budget (its worker was terminated). */
export const timeBudgetError = (budget: WorkerBudget) => new InputError(`The file took longer than the time budget of ${budget.stepMilliseconds / 1000} s for one step (--time-budget) and was stopped`, 'time-budget')

/** A worker's crash as the file's error: out of heap is the memory budget. */
export function workerError(budget: WorkerBudget, error: Error): Error {
  const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
  return memory ? new InputError(`The file needed more than the memory budget of ${budget.heapMegabytes} MB and was stopped`, 'memory-budget') : error
}
