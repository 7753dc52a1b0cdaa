import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import {documentIri} from '../jsonld/context.js'
import {type BatchContext, byPosition, type FileState, isFailed} from './batchContext.js'
import {hashOf} from './cache.js'
import {failureMessage} from './ingestPass.js'
import type {RecordSummary} from './workerTasks.js'
import {pushAll} from '../core/collect.js'

/**
 * Pass 2 over the files that came through pass 1: each record is made in a
 * worker (entities, events, JSON-LD, N-Quads), largest files first, written
 * to the output as it is done, its N-Quads kept in the cache for the final
 * merge. The cache key is the ingest key + the lexicon's hash + the options: an unchanged file
 * with an unchanged lexicon is not made again (only checked: its record in
 * the output and its N-Quads in the cache must still be the ones made, by
 * size and time as written, else by their hashes).
 */
export async function recordPass(states: FileState[], lexiconHash: string, context: BatchContext): Promise<void> {
  const queue = new PQueue({concurrency: context.pool.size * 2})
  const todo = states.filter((state) => !isFailed(state))
  context.progress?.pass(
    'records',
    todo.length,
    todo.reduce((sum, state) => sum + state.size, 0)
  )
  // Largest first: the pass ends with small files, not with one worker on a large file while the others wait.
  const order = [...todo].sort((a, b) => b.size - a.size || byPosition(a, b))
  await Promise.all(
    order.map((state) =>
      queue.add(async () => {
        // A page's other names (its dump's redirects) are part of its record, so of the key.
        const key = hashOf(context.version, 'record', state.ingestKey!, lexiconHash, context.namedGraphs ? 'named-graphs' : 'default-graph', JSON.stringify(state.alternateNames ?? []))
        const recordPath = path.join(context.output, `${state.stem}.jsonld`)
        const quadsPath = context.cache.path('quads', key, 'nq')
        let summary = await context.cache.readJson<RecordSummary>('record', key, (value) => typeof value.ok === 'boolean' && Array.isArray(value.messages))
        if (summary?.ok && !(await unchangedSince(key, recordPath, quadsPath, context))) {
          if ((await matches(recordPath, summary.recordSha256)) && (await matches(quadsPath, summary.quadsSha256))) await stampWritten(key, recordPath, quadsPath, context)
          else summary = undefined
        }
        try {
          if (!summary) {
            summary = await context.pool.run<RecordSummary>({
              type: 'record',
              ingestKey: state.ingestKey!,
              lexiconHash,
              cacheDir: context.cache.dir,
              key,
              recordPath,
              ...(context.namedGraphs ? {graph: documentIri(state.stem!)} : {}),
              ...(state.alternateNames?.length ? {alternateNames: state.alternateNames} : {})
            })
            if (summary.ok) await stampWritten(key, recordPath, quadsPath, context)
          }
        } catch (error) {
          summary = {ok: false, messages: [failureMessage(state.sourceName, error, 'The record step (entities, events, JSON-LD)')]}
        }
        pushAll(state.messages, summary.messages)
        state.recordKey = key
        state.ok = summary.ok
        context.progress?.file(state.size)
      })
    )
  )
}

async function matches(file: string, sha256: string | undefined): Promise<boolean> {
  try {
    return hashOf(await readFile(file)) === sha256
  } catch {
    return false
  }
}

interface Written {
  key: string
  record: [number, number]
  quads: [number, number]
}

const sizeAndTime = (file: string) =>
  stat(file).then(
    (info): [number, number] => [info.size, info.mtimeMs],
    () => undefined
  )
const stampKey = (recordPath: string) => hashOf('written', path.resolve(recordPath))

/**
 * Whether the record and its N-Quads are the files this key wrote, told by
 * their size and modification time as stamped when they were written: a
 * re-run does not read back (and hash) every record, which is most of what
 * an unchanged re-run would otherwise do. A file edited, truncated or
 * replaced since has another size or time, and is checked by its hash.
 */
async function unchangedSince(key: string, recordPath: string, quadsPath: string, context: BatchContext): Promise<boolean> {
  const stamp = await context.cache.readJson<Written>('written', stampKey(recordPath), (value) => typeof value.key === 'string' && Array.isArray(value.record) && Array.isArray(value.quads))
  if (stamp?.key !== key) return false
  const [record, quads] = await Promise.all([sizeAndTime(recordPath), sizeAndTime(quadsPath)])
  return String(record) === String(stamp.record) && String(quads) === String(stamp.quads)
}

async function stampWritten(key: string, recordPath: string, quadsPath: string, context: BatchContext): Promise<void> {
  const [record, quads] = await Promise.all([sizeAndTime(recordPath), sizeAndTime(quadsPath)])
  if (record && quads) await context.cache.write('written', stampKey(recordPath), JSON.stringify({key, record, quads} satisfies Written))
}
