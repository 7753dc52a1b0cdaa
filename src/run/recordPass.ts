import {readFile} from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import {documentIri} from '../jsonld/context.js'
import {type BatchContext, type FileState, isFailed} from './batchContext.js'
import {hashOf} from './cache.js'
import {failureMessage} from './ingestPass.js'
import type {RecordSummary} from './workerTasks.js'
import {pushAll} from '../core/collect.js'

/**
 * Pass 2 over the files that came through pass 1: each record is made in a
 * worker (entities, events, JSON-LD, N-Quads), written to the output as it
 * is done, its N-Quads kept in the cache for the final merge. The cache key
 * is the ingest key + the lexicon's hash + the options: an unchanged file
 * with an unchanged lexicon is not made again (only checked: its record in
 * the output and its N-Quads in the cache must still be the ones made).
 */
export async function recordPass(states: FileState[], lexiconHash: string, context: BatchContext): Promise<void> {
  const queue = new PQueue({concurrency: context.pool.size * 2})
  const todo = states.filter((state) => !isFailed(state))
  context.progress?.pass('records', todo.length, todo.reduce((sum, state) => sum + state.size, 0))
  await Promise.all(todo.map((state) => queue.add(async () => {
    // A page's other names (its dump's redirects) are part of its record, so of the key.
    const key = hashOf(context.version, 'record', state.ingestKey!, lexiconHash, context.namedGraphs ? 'named-graphs' : 'default-graph', JSON.stringify(state.alternateNames ?? []))
    const recordPath = path.join(context.output, `${state.stem}.jsonld`)
    let summary = await context.cache.readJson<RecordSummary>('record', key, (value) => typeof value.ok === 'boolean' && Array.isArray(value.messages))
    if (summary?.ok && !(await matches(recordPath, summary.recordSha256) && await matches(context.cache.path('quads', key, 'nq'), summary.quadsSha256))) {
      summary = undefined
    }
    try {
      summary ??= await context.pool.run<RecordSummary>({
        type: 'record', ingestKey: state.ingestKey!, lexiconHash, cacheDir: context.cache.dir, key, recordPath,
        ...(context.namedGraphs ? {graph: documentIri(state.stem!)} : {}),
        ...(state.alternateNames?.length ? {alternateNames: state.alternateNames} : {})
      })
    } catch (error) {
      summary = {ok: false, messages: [failureMessage(state.sourceName, error, 'The record step (entities, events, JSON-LD)')]}
    }
    pushAll(state.messages, summary.messages)
    state.recordKey = key
    state.ok = summary.ok
    context.progress?.file(state.size)
  })))
}

async function matches(file: string, sha256: string | undefined): Promise<boolean> {
  try {
    return hashOf(await readFile(file)) === sha256
  } catch {
    return false
  }
}
