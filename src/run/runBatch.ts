import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import type {VFile} from 'vfile'
import {context} from '../jsonld/context.js'
import {toNQuads} from '../jsonld/toNQuads.js'
import {assignStems} from './assignStems.js'
import {buildManifest} from './buildManifest.js'
import {listSources, type ReadFolder, type SkippedEntry} from './listSources.js'
import {completeRecords, ingestSource, InputError, type Pipelines, succeeded, unreadSource} from './processSource.js'
import {DEFAULT_MAX_FILE_BYTES, type OpenFile, readSource} from './readSource.js'
import {prepareOutputFolder} from './prepareOutputFolder.js'
import {writeAtomic} from './writeAtomic.js'

export interface BatchOptions {
  inputs: string[]
  output: string
  concurrency: number
  pipelines: Pipelines
  /** Larger files fail unread (`--max-file-size`). */
  maxFileBytes?: number
  /** File system access, replaceable in tests (EACCES cannot be had as root). */
  readFolder?: ReadFolder
  openFile?: OpenFile
}

export interface BatchResult {
  /** One file per source, in name order. */
  files: VFile[]
  /** Entries of the input folders that were not read, and why. */
  skipped: SkippedEntry[]
}

/** Reads and ingests one source; a source that cannot be read fails alone. */
async function ingestOne(location: {path: string; sourceName: string}, stem: string | undefined, options: BatchOptions): Promise<VFile> {
  if (stem === undefined) {
    return unreadSource(location.sourceName, undefined, new InputError('Another input already has this stem and this name; its record would be overwritten', 'duplicate-stem'))
  }
  let bytes: Uint8Array
  try {
    bytes = await readSource(location.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, options.openFile)
  } catch (error) {
    return unreadSource(location.sourceName, stem, error)
  }
  return ingestSource({sourceName: location.sourceName, stem, bytes}, options.pipelines)
}

/** N-Quads of every record; a record that does not convert fails alone. */
async function collectQuads(files: VFile[]): Promise<string[]> {
  const quads: string[] = []
  for (const file of files) {
    if (!succeeded(file)) continue
    try {
      // One push per line: spreading a record's lines as arguments overflows the stack on large records.
      for (const line of await toNQuads(JSON.parse(String(file.value)), file.data.stem!)) quads.push(line)
    } catch (error) {
      file.message(`The record does not convert to RDF: ${(error as Error).message}`, {ruleId: 'invalid-record', source: 'jsonld'}).fatal = true
    }
  }
  return [...new Set(quads)].sort()
}

/**
 * One run: every source is processed (concurrently), every one that succeeds
 * gets its `<stem>.jsonld`, and the run writes `dataset.nq` (all records as
 * N-Quads), `manifest.json` (what happened to each input) and
 * `context.jsonld`. A failing source never stops the others.
 */
export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  await prepareOutputFolder(options.output)
  const {sources, skipped} = await listSources(options.inputs, options.readFolder)
  const stems = assignStems(sources.map((source) => source.sourceName))
  const queue = new PQueue({concurrency: options.concurrency})
  const files = await Promise.all(sources.map((source, index) => queue.add(() => ingestOne(source, stems[index], options)) as Promise<VFile>))

  await completeRecords(files, options.pipelines, async (task) => {
    await queue.add(task)
  })
  const dataset = await collectQuads(files)

  await mkdir(options.output, {recursive: true})
  for (const file of files) {
    if (succeeded(file)) await writeAtomic(path.join(options.output, `${file.data.stem}.jsonld`), String(file.value))
  }
  await writeAtomic(path.join(options.output, 'dataset.nq'), dataset.map((line) => `${line}\n`))
  await writeAtomic(path.join(options.output, 'manifest.json'), `${JSON.stringify(buildManifest(files, skipped), null, 2)}\n`)
  // The records carry their context inline; downstream users get it as a file too.
  await writeAtomic(path.join(options.output, 'context.jsonld'), `${JSON.stringify({'@context': context}, null, 2)}\n`)
  return {files, skipped}
}
