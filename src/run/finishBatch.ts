import {access, readFile, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {context as jsonldContext, vocabularyFile} from '../jsonld/context.js'
import {type BatchContext, byPosition, type FileState} from './batchContext.js'
import {buildManifest} from './buildManifest.js'
import {hashOf} from './cache.js'
import type {SkippedEntry} from './listSources.js'
import {mergeSortedLines} from './mergeSortedLines.js'
import {patchSortedLines} from './patchSortedLines.js'
import {restoreMessages} from './serializeFile.js'
import {writeAtomic} from './writeAtomic.js'

/** The files of the run as the reporter and the manifest see them (messages, no text). */
export function statesAsFiles(states: FileState[]): VFile[] {
  return [...states].sort(byPosition).map((state) => {
    const file = new VFile({path: state.sourceName})
    file.data = {sourceName: state.sourceName, meta: {}}
    if (state.stem !== undefined) file.data.stem = state.stem
    if (state.sha256) file.data.sha256 = state.sha256
    if (state.kind) file.data.kind = state.kind as VFile['data']['kind'] & string
    if (state.parser) file.data.parser = state.parser
    if (state.encoding) file.data.encoding = state.encoding
    restoreMessages(file, state.messages)
    return file
  })
}

/**
 * The end of a run: `dataset.nq` merged from each record's sorted N-Quads
 * (streamed, never one string), `manifest.json`, `context.jsonld`, and the
 * records of inputs that are gone removed (a failed input's old record stays).
 */
export async function finishBatch(states: FileState[], skipped: SkippedEntry[], context: BatchContext): Promise<VFile[]> {
  const ordered = [...states].sort(byPosition)
  const keys = ordered.filter((state) => state.ok && state.recordKey).map((state) => state.recordKey!)
  await removeStaleRecords(ordered, context.output)
  await mergeDataset(keys, context)
  const files = statesAsFiles(ordered)
  await writeAtomic(path.join(context.output, 'manifest.json'), `${JSON.stringify(buildManifest(files, skipped), null, 2)}\n`)
  // The records carry their context inline; downstream users get it as a file too.
  await writeAtomic(path.join(context.output, 'context.jsonld'), `${JSON.stringify({'@context': jsonldContext}, null, 2)}\n`)
  // The `kpd:` terms the records use, as RDFS.
  await writeAtomic(path.join(context.output, 'kpd.ttl'), await readFile(vocabularyFile, 'utf8'))
  return files
}

async function removeStaleRecords(states: FileState[], output: string): Promise<void> {
  let previous: {files?: Array<{file?: string; record?: string}>}
  try {
    previous = JSON.parse(await readFile(path.join(output, 'manifest.json'), 'utf8'))
  } catch {
    return
  }
  const inputs = new Set(states.map((state) => state.sourceName))
  const kept = new Set(states.filter((state) => state.stem !== undefined).map((state) => `${state.stem}.jsonld`))
  for (const entry of previous.files ?? []) {
    if (!entry.record || !entry.file || inputs.has(entry.file) || kept.has(entry.record)) continue
    if (entry.record.includes('/') || entry.record.includes('\\')) continue
    await rm(path.join(output, entry.record), {force: true})
  }
}

/** What the last merge wrote: its parts, in order, and the file as written then. */
interface Merged {
  parts: string
  keys?: string[]
  size: number
  mtimeMs: number
}

/**
 * `dataset.nq` merged from the records' sorted N-Quads, unless the last run
 * merged the very same parts into it: the parts are content-addressed (each
 * key hashes its input, the lexicon, the code and the options), so the same
 * list of keys makes the same bytes. The file itself is trusted by its size
 * and modification time as written then (stat, not a re-read of what may be
 * gigabytes): a file changed or replaced since is merged again. When only a
 * few parts changed, the last merge is patched (`patchDataset`) rather than
 * every part merged again.
 */
async function mergeDataset(keys: string[], context: BatchContext): Promise<void> {
  const target = path.join(context.output, 'dataset.nq')
  const parts = hashOf(...keys)
  const stampKey = hashOf('dataset', path.resolve(target))
  const stamp = await context.cache.readJson<Merged>('merged', stampKey, (value) => typeof value.parts === 'string')
  const now = await stat(target).catch(() => undefined)
  const intact = stamp !== undefined && now !== undefined && stamp.size === now.size && stamp.mtimeMs === now.mtimeMs
  if (intact && stamp.parts === parts) return
  if (!(intact && (await patchDataset(stamp.keys, keys, target, context)))) {
    mergeSortedLines(
      keys.map((key) => context.cache.path('quads', key, 'nq')),
      target
    )
  }
  const written = await stat(target)
  await context.cache.write('merged', stampKey, JSON.stringify({parts, keys, size: written.size, mtimeMs: written.mtimeMs} satisfies Merged))
}

/**
 * The last merge (of the parts `before`) patched into the merge of the parts
 * `after`: the lines of the parts gone taken out, those of the new ones
 * merged in. Only where the parts' lines cannot coincide (each record's
 * quads in the named graph of its document), only for a few parts changed
 * (else a merge of all is as cheap), and only with every part gone still in
 * the cache; false, and nothing written, otherwise.
 */
async function patchDataset(before: string[] | undefined, after: string[], target: string, context: BatchContext): Promise<boolean> {
  if (!before || !context.namedGraphs) return false
  const kept = new Set(after)
  const was = new Set(before)
  const removed = before.filter((key) => !kept.has(key)).map((key) => context.cache.path('quads', key, 'nq'))
  const added = after.filter((key) => !was.has(key)).map((key) => context.cache.path('quads', key, 'nq'))
  if (removed.length + added.length > after.length) return false
  const present = await Promise.all(
    removed.map((file) =>
      access(file).then(
        () => true,
        () => false
      )
    )
  )
  if (present.includes(false)) return false
  return patchSortedLines(target, removed, added, target)
}
