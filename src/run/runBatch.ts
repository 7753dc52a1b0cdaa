import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import type {VFile} from 'vfile'
import {context, vocabularyFile} from '../jsonld/context.js'
import {toNQuads} from '../jsonld/toNQuads.js'
import {listSources} from './listSources.js'
import {stemOf} from './listSources.js'
import {buildManifest} from './buildManifest.js'
import {completeRecords, ingestSource, type Pipelines, succeeded} from './processSource.js'
import {writeAtomic} from './writeAtomic.js'

export interface BatchOptions {
  inputs: string[]
  output: string
  concurrency: number
  pipelines: Pipelines
}

/**
 * One run: every source is processed (concurrently), every one that succeeds
 * gets its `<stem>.jsonld`, and the run writes `dataset.nq` (all records as
 * N-Quads) and `manifest.json` (what happened to each input). A failing
 * source never stops the others.
 */
export async function runBatch(options: BatchOptions): Promise<VFile[]> {
  const sources = await listSources(options.inputs)
  const queue = new PQueue({concurrency: options.concurrency})
  const seenStems = new Set<string>()
  const files = await Promise.all(sources.map((source) => {
    const stem = stemOf(source.sourceName)
    const duplicate = seenStems.has(stem)
    seenStems.add(stem)
    return queue.add(async () => {
      const bytes = await readFile(source.path)
      const file = await ingestSource({sourceName: source.sourceName, stem, bytes}, options.pipelines)
      if (duplicate) {
        file.message(`Another input has the stem “${stem}”; its record would be overwritten`, {ruleId: 'duplicate-stem', source: 'pipeline'}).fatal = true
      }
      return file
    })
  }))

  await completeRecords(files, options.pipelines, async (task) => {
    await queue.add(task)
  })

  const quads: string[] = []
  for (const file of files) {
    if (!succeeded(file)) continue
    try {
      quads.push(...await toNQuads(JSON.parse(String(file.value)), file.data.stem!))
    } catch (error) {
      file.message(`The record is not valid JSON-LD: ${(error as Error).message}`, {ruleId: 'invalid-record', source: 'jsonld'}).fatal = true
    }
  }

  await mkdir(options.output, {recursive: true})
  for (const file of files) {
    if (succeeded(file)) await writeAtomic(path.join(options.output, `${file.data.stem}.jsonld`), String(file.value))
  }
  const dataset = [...new Set(quads)].sort()
  await writeAtomic(path.join(options.output, 'dataset.nq'), dataset.length > 0 ? `${dataset.join('\n')}\n` : '')
  await writeAtomic(path.join(options.output, 'manifest.json'), `${JSON.stringify(buildManifest(files), null, 2)}\n`)
  // The records carry their context inline; downstream users get it as a file too.
  await writeAtomic(path.join(options.output, 'context.jsonld'), `${JSON.stringify({'@context': context}, null, 2)}\n`)
  await writeAtomic(path.join(options.output, 'kpd.ttl'), await readFile(vocabularyFile, 'utf8'))
  return files
}
