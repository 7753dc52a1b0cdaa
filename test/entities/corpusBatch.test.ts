import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {beforeAll, describe, expect, inject, it} from 'vitest'
import {pipelines} from '../../pipelines/index.js'
import {isOffice} from '../../src/entities/vocabulary/offices.js'
import {stemOf} from '../../src/run/listSources.js'
import {processSources} from '../../src/run/processSource.js'
import {processEvaluationBatch} from '../../scripts/evalBatch.js'
import {hasCorpus} from '../helpers/corpus.js'

const seedsFolder = fileURLToPath(new URL('../../input/', import.meta.url))

function filesUnder(folder: string): string[] {
  return readdirSync(folder).filter((name) => !name.startsWith('.') && name !== 'SOURCES.tsv').flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

async function run(sources: string[]): Promise<Map<string, VFile>> {
  const files = await processSources(sources.map((source) => ({sourceName: path.basename(source), stem: stemOf(path.basename(source)), bytes: readFileSync(source)})), pipelines)
  return new Map(files.map((file) => [file.data.stem ?? '', file]))
}

// The seeds alone, and the seeds with the whole corpus, as a user may run them.
describe.skipIf(!hasCorpus)('entities in a batch of the seeds and the corpus', () => {
  let alone: Map<string, VFile>
  let together: Map<string, VFile>
  beforeAll(async () => {
    alone = await run(filesUnder(seedsFolder))
    // A batch in-process is one long synchronous stretch: let the test runner's messages through between the two.
    await new Promise((resolve) => setImmediate(resolve))
    // The evaluations' batch (the seeds with the whole corpus), processed once per suite.
    together = await processEvaluationBatch(inject('evalBatch'))
  }, 300_000)

  it('never makes a date, a month, a number or an office an entity mention, in any record', () => {
    const wrong = [...together.values()].flatMap((file) => (file.data.entityMentions ?? [])
      .filter((mention) => /^[0-9０-９]+\s*(年|月|日|号)?$|^([0-9]{1,4}\s*年)?\s*[0-9]{1,2}\s*月$/.test(mention.exact) || isOffice(mention.exact) || isOffice(mention.name))
      .map((mention) => `${file.data.stem} ${mention.start} ${mention.exact} → ${mention.name}`))
    expect(wrong).toEqual([])
  })

  // The corpus may add evidence: a longer name it links (`美国国会` over `美国`) takes the place of a shorter one.
  it('keeps what a seed finds alone when the corpus joins: the same mentions with the same names and types', () => {
    for (const [stem, file] of alone) {
      const joined = together.get(stem)!.data.entityMentions ?? []
      const key = (mention: {start: number; end: number}) => `${mention.start}-${mention.end}`
      const withCorpus = new Map(joined.map((mention) => [key(mention), mention]))
      const changed = (file.data.entityMentions ?? []).flatMap((mention) => {
        const other = withCorpus.get(key(mention))
        if (other && other.name === mention.name && other.type === mention.type) return []
        const covered = !other && joined.some((longer) => longer.source === 'lexicon' && longer.start <= mention.start && mention.end <= longer.end && longer.end - longer.start > mention.end - mention.start)
        return covered ? [] : [`${stem} ${mention.start} ${mention.exact}: ${mention.type} ${mention.name} → ${other ? `${other.type} ${other.name}` : 'gone'}`]
      })
      expect(changed).toEqual([])
    }
  })

  it('adds to a seed only what the corpus links by name: lexicon evidence', () => {
    for (const [stem, file] of alone) {
      const before = new Set((file.data.entityMentions ?? []).map((mention) => `${mention.start}-${mention.end}`))
      const added = (together.get(stem)!.data.entityMentions ?? []).filter((mention) => !before.has(`${mention.start}-${mention.end}`))
      expect(added.filter((mention) => mention.source !== 'lexicon').map((mention) => `${stem} ${mention.exact} ${mention.source}`)).toEqual([])
    }
  })
})
