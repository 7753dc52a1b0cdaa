import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Quad} from 'n3'
import {parseNQuads, recordQuads} from './validateRecords.js'

export interface ReadDataset {
  name: string
  quads: Quad[]
}

export interface UnreadableFile {
  name: string
  reason: string
}

/** Files every complete run writes: their absence means a run died or the folder is not an output folder. */
const REQUIRED = ['dataset.nq', 'manifest.json']

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!

/**
 * The quads of every record and of `dataset.nq` in an output folder, and
 * each file that is missing, truncated or does not parse (by name), so that
 * `validate` never reports "0 violations" on data it could not read.
 */
export async function readOutputFolder(folder: string): Promise<{datasets: ReadDataset[]; problems: UnreadableFile[]}> {
  const names = readdirSync(folder).sort()
  const problems: UnreadableFile[] = REQUIRED.filter((name) => !names.includes(name)).map((name) => ({name, reason: 'missing: the run that wrote this folder did not finish'}))
  const datasets: ReadDataset[] = []
  if (names.includes('manifest.json')) {
    try {
      JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
    } catch (error) {
      problems.push({name: 'manifest.json', reason: `cannot be read: ${firstLine(error)}`})
    }
  }
  for (const name of names.filter((entry) => entry.endsWith('.jsonld') || entry === 'dataset.nq')) {
    try {
      const content = readFileSync(path.join(folder, name), 'utf8')
      if (name === 'dataset.nq') {
        if (content !== '' && !content.endsWith('\n')) throw new Error('the last line is cut off (truncated file)')
        datasets.push({name, quads: parseNQuads(content)})
        continue
      }
      const record = JSON.parse(content)
      if (!('@graph' in record)) continue // the shared context file
      datasets.push({name, quads: await recordQuads(record)})
    } catch (error) {
      problems.push({name, reason: `cannot be read: ${firstLine(error)}`})
    }
  }
  return {datasets, problems}
}
