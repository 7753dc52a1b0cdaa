import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {pipelines} from '../../pipelines/index.js'
import type {SourceKind} from '../../src/core/types.js'
import {completeRecords} from '../../src/run/processSource.js'

export const fixtures = new URL('../fixtures/', import.meta.url)

/** Text of a fixture file, `test/fixtures/<name>`. */
export function readFixture(name: string): string {
  return readFileSync(new URL(name, fixtures), 'utf8')
}

/** Runs both steps for `kind` on a string, as the CLI would for a batch of one (stem `fixture`). */
export async function processText(kind: SourceKind, value: string, stem = 'fixture'): Promise<VFile> {
  const file = new VFile({path: `${stem}.txt`, value})
  file.data.stem = stem
  file.data.sourceName = `${stem}.txt`
  file.data.kind = kind
  file.data.meta = {}
  await pipelines.ingest(kind, file)
  await completeRecords([file], pipelines)
  return file
}

/** Code-point slice: offsets in records count code points. */
export function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('')
}
