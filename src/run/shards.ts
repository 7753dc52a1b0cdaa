import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {byPosition, type FileState, isFailed} from './batchContext.js'
import {finishBatch} from './finishBatch.js'
import {failureMessage, ingestPass} from './ingestPass.js'
import {InputError} from './fileStatus.js'
import type {SkippedEntry} from './listSources.js'
import {buildBatchLexicon, mergeTallies} from './lexiconStep.js'
import type {TalliedLink} from './lexiconLinks.js'
import {recordPass} from './recordPass.js'
import {type BatchOptions, type BatchResult, openBatch, sourcesOf} from './runBatch.js'
import {writeAtomic} from './writeAtomic.js'

/** Shard `index` of `count` (0-based, as a Kubernetes Indexed Job numbers its pods). */
export interface Shard {
  index: number
  count: number
}

/** Which files a shard takes: every `count`-th of the sorted batch. */
export const inShard = (shard: Shard) => (item: {index: number}) => item.index % shard.count === shard.index

const partsFolder = (output: string) => path.join(output, '.parts')
const partFile = (output: string, step: string, shard: Shard) => path.join(partsFolder(output), `${step}-${shard.index}-of-${shard.count}.json`)

async function readPart<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch (error) {
    throw new Error(`Cannot read ${path.basename(file)} (has every shard of the step before finished?): ${(error as Error).message}`, {cause: error})
  }
}

async function withBatch<T>(options: BatchOptions, work: (context: Awaited<ReturnType<typeof openBatch>>) => Promise<T>): Promise<T> {
  const context = await openBatch(options)
  await mkdir(partsFolder(options.output), {recursive: true})
  try {
    return await work(context)
  } finally {
    await context.pool.close()
  }
}

/** Pass 1 of one shard: its files ingested into the (shared) cache, its lexicon part written. */
export function ingestShard(options: BatchOptions, shard: Shard): Promise<void> {
  return withBatch(options, async (context) => {
    const {sources, skipped} = await sourcesOf(options)
    const {states, tally} = await ingestPass(sources.filter(inShard(shard)), context, sources)
    await writeAtomic(partFile(options.output, 'ingest', shard), JSON.stringify({states, tally, skipped}))
  })
}

/**
 * Pages of dumps run by different shards may want the same stem (no shard
 * sees the other's pages): the first in batch order keeps it, the others
 * fail as a single run fails them, before any record is written. (Their
 * links are in the shards' tallies already: the lexicon may differ from a
 * single run's in this case only.)
 */
function failTakenStems(states: FileState[]): void {
  const seen = new Set<string>()
  for (const state of states) {
    if (state.stem === undefined || isFailed(state)) continue
    if (!seen.has(state.stem)) {
      seen.add(state.stem)
      continue
    }
    state.messages.push(failureMessage(state.sourceName, new InputError(`Another source already has the stem “${state.stem}” (this page's title as a file name); its record would be overwritten, so this page gives none`, 'duplicate-stem')))
    delete state.stem
  }
}

/** Every shard's lexicon part as the batch's lexicon (and the whole batch's file list). */
export function mergeLexicon(options: BatchOptions, count: number): Promise<void> {
  return withBatch(options, async (context) => {
    const parts = await Promise.all(Array.from({length: count}, (_, index) => readPart<{states: FileState[]; tally: TalliedLink[]; skipped: SkippedEntry[]}>(partFile(options.output, 'ingest', {index, count}))))
    const states = parts.flatMap((part) => part.states).sort(byPosition)
    failTakenStems(states)
    const lexiconHash = await buildBatchLexicon(mergeTallies(parts.map((part) => part.tally)), context)
    await writeAtomic(path.join(partsFolder(options.output), 'lexicon.json'), JSON.stringify({lexiconHash, states, skipped: parts[0]?.skipped ?? []}))
  })
}

/** Pass 2 of one shard: its records written, its part of the run's state kept. */
export function recordShard(options: BatchOptions, shard: Shard): Promise<void> {
  return withBatch(options, async (context) => {
    const {lexiconHash, states} = await readPart<{lexiconHash: string; states: FileState[]; skipped: SkippedEntry[]}>(path.join(partsFolder(options.output), 'lexicon.json'))
    const mine = states.filter(inShard(shard))
    await recordPass(mine, lexiconHash, context)
    await writeAtomic(partFile(options.output, 'records', shard), JSON.stringify(mine))
  })
}

/** The end: every shard's records as one `dataset.nq` and `manifest.json`. */
export function mergeShards(options: BatchOptions, count: number): Promise<BatchResult> {
  return withBatch(options, async (context) => {
    const {skipped} = await readPart<{skipped: SkippedEntry[]}>(path.join(partsFolder(options.output), 'lexicon.json'))
    const parts = await Promise.all(Array.from({length: count}, (_, index) => readPart<FileState[]>(partFile(options.output, 'records', {index, count}))))
    return {files: await finishBatch(parts.flat(), skipped, context), skipped}
  })
}
