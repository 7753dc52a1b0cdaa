import {readdirSync, readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {pipelines} from '../../pipelines/index.js'
import {stemOf} from '../../src/run/listSources.js'
import {processSources} from '../../src/run/processSource.js'

export const inputFolder = new URL('../../input/', import.meta.url)

/** Every source of `input/`, processed in memory as one batch, as the CLI would (sorted by name). */
export async function processInputs(folder: URL = inputFolder): Promise<VFile[]> {
  const names = readdirSync(folder).filter((name) => !name.startsWith('.')).sort()
  return processSources(names.map((name) => ({sourceName: name, stem: stemOf(name), bytes: readFileSync(new URL(name, folder))})), pipelines)
}

/** The JSON-LD record a processed file carries. */
export function recordOf(file: VFile): {'@context': object; '@graph': Array<Record<string, any>>} {
  return JSON.parse(String(file.value))
}
