import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import type {SourceKind} from '../core/types.js'
import {DecodeError, decodeSource} from '../io/decodeSource.js'
import {detectKind} from '../io/detectKind.js'

export interface Pipeline {
  process: (file: VFile) => Promise<VFile>
}

export interface SourceInput {
  /** Name of the source as the batch shows it (relative path, never absolute). */
  sourceName: string
  /** Stem of the output file and of the record's IRI. */
  stem: string
  bytes: Uint8Array
}

/**
 * Runs one source through decoding, kind detection and its pipeline. Never
 * throws: a failure is a fatal message on the returned file, whose `value` is
 * then not a record.
 */
export async function processSource(input: SourceInput, pipelineFor: (kind: SourceKind) => Pipeline): Promise<VFile> {
  const file = new VFile({path: input.sourceName})
  file.data.stem = input.stem
  file.data.sourceName = input.sourceName
  file.data.sha256 = createHash('sha256').update(input.bytes).digest('hex')
  file.data.meta = {}
  try {
    const decoded = decodeSource(input.bytes)
    file.data.encoding = decoded.encoding
    if (decoded.text.trim() === '') throw new InputError('The file is empty: there is nothing to extract', 'empty-file')
    file.value = decoded.text
    const kind = detectKind(decoded.text)
    file.data.kind = kind
    await pipelineFor(kind).process(file)
  } catch (error) {
    const ruleId = error instanceof DecodeError || error instanceof InputError ? error.ruleId : 'pipeline-error'
    const reason = error instanceof Error ? error.message : String(error)
    const message = file.message(reason, {ruleId, source: 'pipeline'})
    message.fatal = true
  }
  return file
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
