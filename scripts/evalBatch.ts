/**
 * The batch every evaluation scores: the seeds (`input/`), the whole corpus
 * (`../shared/corpus/`) and the pages the team added for first-look splits
 * (`test/corpus/`, provenance in its `SOURCES.tsv`) processed together, as a
 * user runs them — the entity lexicon of a batch depends on every document in it.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {pipelines} from '../pipelines/index.js'
import {stemOf} from '../src/run/listSources.js'
import {hashOf} from '../src/run/cache.js'
import {pipelineVersion} from '../src/run/pipelineVersion.js'
import {processSources} from '../src/run/processSource.js'
import {restoreFile, type StoredFile, storeFile} from '../src/run/serializeFile.js'
import {writeAtomic} from '../src/run/writeAtomic.js'

// From the repository's root, wherever the caller runs (a test runs it in-process).
const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = path.join(root, '..', 'shared', 'corpus')
const addedPages = path.join(root, 'test', 'corpus')

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

/**
 * The splits under a gold folder (`dev`, `test`, …), each a folder of JSON files.
 * `KPD_EVAL_SPLITS=dev,test` scores only those: whoever tunes rules must not see
 * the scores of a split kept back as unseen.
 */
export function goldSplits(folder: string): GoldSplit[] {
  const only = process.env.KPD_EVAL_SPLITS?.split(',').filter(Boolean)
  return readdirSync(folder)
    .filter((name) => statSync(path.join(folder, name)).isDirectory())
    .filter((name) => !only || only.includes(name))
    .sort((a, b) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b)))
    .map((name) => ({name, folder: path.join(folder, name)}))
}

export function goldFiles<T>(split: GoldSplit): T[] {
  return readdirSync(split.folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(split.folder, name), 'utf8')) as T)
}

/**
 * Every processed document of the batch, by stem. With `KPD_EVAL_BATCH`
 * set to a file, the processed batch is kept there and reused by the next
 * evaluation while the code and the sources are the same (the test suite
 * runs two evaluations over one batch): its key is the pipeline's version
 * and every source's name and bytes.
 */
export async function processEvaluationBatch(keep = process.env.KPD_EVAL_BATCH): Promise<Map<string, VFile>> {
  const sources = [path.join(root, 'input'), corpus, addedPages].flatMap((folder) => (existsSync(folder) ? filesUnder(folder) : [])).filter((file) => path.basename(file) !== 'SOURCES.tsv')
  const inputs = sources.map((source) => ({sourceName: path.basename(source), stem: stemOf(path.basename(source)), bytes: readFileSync(source)}))
  const key = keep ? hashOf(pipelineVersion(), ...inputs.flatMap((input) => [input.sourceName, input.bytes])) : ''
  if (keep) {
    try {
      const kept = JSON.parse(readFileSync(keep, 'utf8')) as {key: string; files: StoredFile[]}
      if (kept.key === key) return new Map(kept.files.map(restoreFile).map((file) => [file.data.stem!, file]))
    } catch {
      // Not kept yet (or unreadable): processed below.
    }
  }
  const files = await processSources(inputs, pipelines)
  if (keep) await writeAtomic(keep, JSON.stringify({key, files: files.map((file) => storeFile(file, true))}))
  return new Map(files.map((file) => [file.data.stem!, file]))
}
