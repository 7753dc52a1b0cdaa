/**
 * What a source is and what reads it, from its bytes: a PDF file by its
 * `%PDF-` signature (kept as bytes), anything else decoded to text and told
 * by `detectKind`. The parser is named in the manifest.
 */
import type {SourceKind} from '../core/types.js'
import {decodeSource, type SourceEncoding} from './decodeSource.js'
import {detectKind} from './detectKind.js'

export interface IdentifiedSource {
  kind: SourceKind
  /** The library or stage that parses this kind. */
  parser: string
  /** Text for text kinds; the bytes themselves for PDF files. */
  value: string | Uint8Array
  encoding?: SourceEncoding
}

/** Which parser reads each kind (`manifest.json` → `parser`). */
export const parserOf: Record<SourceKind, string> = {
  wiki: 'remark-parse',
  wikitext: 'wtf_wikipedia',
  news: 'rehype-parse',
  webpage: '@mozilla/readability',
  pdf: 'pdf-text',
  'pdf-file': 'pdfjs-dist',
  markdown: 'remark-parse',
  text: 'plain-text'
}

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

/** Whether the bytes start with `%PDF-` (after whitespace at most): a text that merely mentions it is not a PDF. */
export function isPdf(bytes: Uint8Array): boolean {
  let i = 0
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return PDF_SIGNATURE.every((b, j) => bytes[i + j] === b)
}

/**
 * `known`: the kind a container states (a dump's pages are wikitext); the text
 * is still decoded by detection. `prepare` sees the decoded text before its
 * kind is told (it may refuse it, or cut what no parser should see).
 */
export function identifySource(bytes: Uint8Array, known?: SourceKind, prepare: (text: string) => string = (text) => text): IdentifiedSource {
  if (known === 'pdf-file' || (known === undefined && isPdf(bytes))) return {kind: 'pdf-file', parser: parserOf['pdf-file'], value: bytes}
  const decoded = decodeSource(bytes)
  const text = prepare(decoded.text)
  const kind = known ?? detectKind(text)
  return {kind, parser: parserOf[kind], value: text, encoding: decoded.encoding}
}
