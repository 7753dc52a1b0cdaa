import type {Node} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {buildDocumentRecord, type JsonObject} from './buildDocumentRecord.js'

// The record each file was compiled to, so the record step writes its N-Quads from it instead of parsing the text back.
const built = new WeakMap<VFile, JsonObject>()

/**
 * The record `compileJsonLd` made of `file` (the value its JSON-LD text
 * holds), if it made one: parsing the text back (megabytes for a large page)
 * was a tenth of the record step. It is the object the text was stringified
 * from, so it is what the text says as long as it holds JSON values only
 * (no `toJSON`, no `NaN` or `Infinity`); `writeNQuads` reads it as it reads the
 * parsed text (`undefined` and non-finite numbers as `null`: no statement).
 */
export function compiledRecord(file: VFile): JsonObject | undefined {
  return built.get(file)
}

/**
 * The compiler of every pipeline: the record of `file.data` as JSON-LD text
 * (two-space indent, final newline).
 */
export default function compileJsonLd(this: Processor) {
  const self = this as unknown as {compiler: (tree: Node, file: VFile) => string}
  self.compiler = (_tree, file) => {
    const record = buildDocumentRecord(file)
    built.set(file, record)
    return `${JSON.stringify(record, null, 2)}\n`
  }
}
