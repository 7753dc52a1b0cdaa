import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import type {SourceKind} from '../core/types.js'
import {buildLexicon, type Lexicon} from '../entities/buildLexicon.js'
import {DecodeError} from '../io/decodeSource.js'
import {identifySource} from '../io/identifySource.js'

/** The two steps of the product (composed in `pipelines/`). */
export interface Pipelines {
  /** Source → cleaned text, links, sections, time expressions (per kind). */
  ingest: (kind: SourceKind, file: VFile) => Promise<void>
  /** Entities, with the lexicon of the whole batch, and the JSON-LD record in `file.value`. */
  record: (lexicon: Lexicon, file: VFile) => Promise<void>
}

export interface SourceInput {
  /** Name of the source as the batch shows it (relative path, never absolute). */
  sourceName: string
  /** Stem of the output file and of the record's IRI. */
  stem: string
  bytes: Uint8Array
  /** The kind, when the container says it (a dump's pages are wikitext): detection is skipped. */
  kind?: SourceKind
}

export class InputError extends Error {
  constructor(message: string, readonly ruleId: string) {
    super(message)
  }
}

/** Whether the file came through without a fatal message. */
export function succeeded(file: VFile): boolean {
  return !file.messages.some((message) => message.fatal === true)
}

function fail(file: VFile, error: unknown): void {
  // Readers' own errors (DecodeError, InputError, PdfError, …) carry a rule id.
  const own = (error as {ruleId?: unknown} | undefined)?.ruleId
  const ruleId = error instanceof DecodeError || error instanceof InputError ? error.ruleId : typeof own === 'string' ? own : 'pipeline-error'
  const reason = error instanceof Error ? error.message : String(error)
  file.message(reason, {ruleId, source: 'pipeline'}).fatal = true
}

/**
 * Decodes a source, detects its kind and ingests it. Never throws: a failure
 * is a fatal message on the returned file.
 */
export async function ingestSource(input: SourceInput, pipelines: Pipelines): Promise<VFile> {
  const file = new VFile({path: input.sourceName})
  file.data.stem = input.stem
  file.data.sourceName = input.sourceName
  file.data.sha256 = createHash('sha256').update(input.bytes).digest('hex')
  file.data.meta = {}
  try {
    const source = identifySource(input.bytes, input.kind)
    if (source.encoding) file.data.encoding = source.encoding
    if (typeof source.value === 'string' && source.value.trim() === '') throw new InputError('The file is empty: there is nothing to extract', 'empty-file')
    file.value = source.value
    file.data.kind = source.kind
    file.data.parser = source.parser
    await pipelines.ingest(source.kind, file)
  } catch (error) {
    fail(file, error)
  }
  return file
}

/** The record of a source that could not be read at all (a broken dump): a failed file with the reason. */
export function failedSource(input: Omit<SourceInput, 'bytes'>, error: unknown): VFile {
  const file = new VFile({path: input.sourceName})
  file.data.stem = input.stem
  file.data.sourceName = input.sourceName
  file.data.meta = {}
  fail(file, error)
  return file
}

/**
 * The second step, once every source is ingested: the lexicon of all the
 * batch's links, then each record. A record that fails fails alone.
 */
export async function completeRecords(files: VFile[], pipelines: Pipelines, each: (task: () => Promise<void>) => Promise<void> = (task) => task()): Promise<void> {
  const lexicon = buildLexicon(files.filter(succeeded))
  await Promise.all(files.filter(succeeded).map((file) => each(async () => {
    try {
      await pipelines.record(lexicon, file)
    } catch (error) {
      fail(file, error)
    }
  })))
}

/** Both steps for a set of sources, in memory (tests, evaluations, benchmark). */
export async function processSources(inputs: SourceInput[], pipelines: Pipelines): Promise<VFile[]> {
  const files = await Promise.all(inputs.map((input) => ingestSource(input, pipelines)))
  await completeRecords(files, pipelines)
  return files
}
