import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import PQueue from 'p-queue'
import type {VFile} from 'vfile'
import {context} from '../jsonld/context.js'
import {toNQuads} from '../jsonld/toNQuads.js'
import {applyRedirects} from '../dump/applyRedirects.js'
import {expandSources} from '../dump/expandSources.js'
import {listSources} from './listSources.js'
import {buildManifest} from './buildManifest.js'
import {completeRecords, failedSource, ingestSource, type Pipelines, succeeded} from './processSource.js'
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
  // A file is a source; a MediaWiki dump is a source per page, streamed (src/dump/).
  const expanded = expandSources(await listSources(options.inputs))
  const queue = new PQueue({concurrency: options.concurrency})
  const seenStems = new Set<string>()
  const ingested: Array<Promise<VFile>> = []
  for await (const source of expanded.sources) {
    const {stem} = source
    const duplicate = seenStems.has(stem)
    seenStems.add(stem)
    // Read no further ahead of the workers than this (a dump's pages wait in the stream).
    await queue.onSizeLessThan(options.concurrency * 2)
    const task = queue.add(async () => {
      const file = source.error
        ? failedSource(source, source.error)
        : await ingestSource({sourceName: source.sourceName, stem, bytes: await source.read(), ...(source.kind ? {kind: source.kind} : {})}, options.pipelines)
      if (duplicate) {
        file.message(`Another input has the stem “${stem}”; its record would be overwritten`, {ruleId: 'duplicate-stem', source: 'pipeline'}).fatal = true
      }
      return file
    })
    // Rejections are Promise.all's below; meanwhile they must not count as unhandled.
    task.catch(() => undefined)
    ingested.push(task)
  }
  const files = await Promise.all(ingested)
  applyRedirects(files, expanded.redirects)

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
  return files
}
