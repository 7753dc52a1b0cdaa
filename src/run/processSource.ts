import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import type {SourceKind} from '../core/types.js'
import {buildLexicon, type Lexicon} from '../entities/buildLexicon.js'
import {identifySource} from '../io/identifySource.js'
import {limitNesting, MAX_NESTING_DEPTH} from '../io/limitNesting.js'
import {failFile, InputError, succeeded} from './fileStatus.js'

// Light enough for the main thread; kept here too for the callers of this module.
export {failFile, InputError, succeeded}

/** The two steps of the product (composed in `pipelines/`). */
export interface Pipelines {
  /** Source → cleaned text, links, sections, time expressions (per kind). */
  ingest: (kind: SourceKind, file: VFile) => Promise<void>
  /** Entities, with the lexicon of the whole batch, and the JSON-LD record in `file.value`. */
  record: (lexicon: Lexicon, file: VFile) => Promise<void>
  /**
   * Loads what the record step of this file with this lexicon needs (for a
   * Chinese text, its segmenter with the lexicon's names), so that loading
   * is not charged to the file's time budget.
   */
  prepareRecord?: (lexicon: Lexicon, file: VFile) => Promise<void>
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

/** A source that could not even be read (permission, not a regular file, too large, a broken dump). */
export function unreadSource(sourceName: string, stem: string | undefined, error: unknown): VFile {
  const file = new VFile({path: sourceName})
  file.data.sourceName = sourceName
  if (stem !== undefined) file.data.stem = stem
  file.data.meta = {}
  failFile(file, error)
  return file
}

/** Cuts nesting beyond the limit before parsing, with one warning per kind of cut. */
function limitSourceNesting(file: VFile, text: string): string {
  const limited = limitNesting(text)
  for (const cut of limited.cuts) {
    const lines = cut.lines === 1 ? '1 line' : `${cut.lines} lines`
    file.message(`${cut.what} nested deeper than ${MAX_NESTING_DEPTH} levels: the deeper markup is removed on ${lines} (first here), the text is kept`, {
      place: {line: cut.line, column: cut.column},
      ruleId: 'nesting-too-deep',
      source: 'pipeline'
    })
  }
  return limited.text
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
    // A PDF file is told by its signature and kept as bytes; any other kind is decoded, its nesting cut, then told from the text (or given by its container).
    const source = identifySource(input.bytes, input.kind, (text) => {
      if (text.trim() === '') throw new InputError('The file is empty: there is nothing to extract', 'empty-file')
      return limitSourceNesting(file, text)
    })
    if (source.encoding) file.data.encoding = source.encoding
    file.value = source.value
    file.data.kind = source.kind
    file.data.parser = source.parser
    await pipelines.ingest(source.kind, file)
    // Never a record without text reported as a success (a whole line taken as a header, say).
    if ((file.data.text ?? '').trim() === '') throw new InputError('No text is left after cleaning: the source has no body the pipeline can read', 'empty-text')
  } catch (error) {
    failFile(file, error, 'Ingesting the source (cleaning, links, dates)')
  }
  return file
}

/**
 * The second step, once every source is ingested: the lexicon of all the
 * batch's links, then each record. A record that fails fails alone.
 */
export async function completeRecords(files: VFile[], pipelines: Pipelines, each: (task: () => Promise<void>) => Promise<void> = (task) => task()): Promise<void> {
  const lexicon = buildLexicon(files.filter(succeeded))
  await Promise.all(
    files.filter(succeeded).map((file) =>
      each(async () => {
        try {
          await pipelines.record(lexicon, file)
        } catch (error) {
          failFile(file, error, 'The record step (entities, events, JSON-LD)')
        }
      })
    )
  )
}

/** Both steps for a set of sources, in memory (tests, evaluations, benchmark). */
export async function processSources(inputs: SourceInput[], pipelines: Pipelines): Promise<VFile[]> {
  const files = await Promise.all(inputs.map((input) => ingestSource(input, pipelines)))
  await completeRecords(files, pipelines)
  return files
}
