import type {Node} from 'unist'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {buildDocumentRecord} from './buildDocumentRecord.js'

/**
 * The compiler of every pipeline: the record of `file.data` as JSON-LD text
 * (two-space indent, final newline).
 */
export default function compileJsonLd(this: Processor) {
  const self = this as unknown as {compiler: (tree: Node, file: VFile) => string}
  self.compiler = (_tree, file) => `${JSON.stringify(buildDocumentRecord(file), null, 2)}\n`
}
