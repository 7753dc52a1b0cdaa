/**
 * The batch every evaluation scores: the seeds (`input/`) and the whole corpus
 * (`../shared/corpus/`) processed together, as a user runs them — the entity
 * lexicon of a batch depends on every document in it.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {pipelines} from '../pipelines/index.js'
import {stemOf} from '../src/run/listSources.js'
import {processSources} from '../src/run/processSource.js'

const corpus = path.join('..', 'shared', 'corpus')

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const full = path.join(folder, name)
      return statSync(full).isDirectory() ? filesUnder(full) : [full]
    })
}

/** One split of a gold set: its name and the folder of its files. */
export interface GoldSplit {
  name: string
  folder: string
}

/** The splits under a gold folder (`dev`, `test`, …), each a folder of JSON files. */
export function goldSplits(folder: string): GoldSplit[] {
  return readdirSync(folder)
    .filter((name) => statSync(path.join(folder, name)).isDirectory())
    .sort((a, b) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b)))
    .map((name) => ({name, folder: path.join(folder, name)}))
}

export function goldFiles<T>(split: GoldSplit): T[] {
  return readdirSync(split.folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(split.folder, name), 'utf8')) as T)
}

/** Every processed document of the batch, by stem. */
export async function processEvaluationBatch(): Promise<Map<string, VFile>> {
  const sources = [...filesUnder('input'), ...(existsSync(corpus) ? filesUnder(corpus) : [])].filter((file) => path.basename(file) !== 'SOURCES.tsv')
  const files = await processSources(
    sources.map((source) => ({sourceName: path.basename(source), stem: stemOf(path.basename(source)), bytes: readFileSync(source)})),
    pipelines
  )
  return new Map(files.map((file) => [file.data.stem!, file]))
}
