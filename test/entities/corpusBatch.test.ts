import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {beforeAll, describe, expect, inject, it} from 'vitest'
import {pipelines} from '../../pipelines/index.js'
import {buildDocumentRecord} from '../../src/jsonld/buildDocumentRecord.js'
import {bareBodies} from '../../src/entities/vocabulary/bodies.js'
import {isOffice} from '../../src/entities/vocabulary/offices.js'
import {stemOf} from '../../src/run/listSources.js'
import {processSources} from '../../src/run/processSource.js'
import {processEvaluationBatch} from '../../scripts/evalBatch.js'
import {hasCorpus} from '../helpers/corpus.js'

/** Generic nouns of the gold's guidelines (test/gold/entities/GUIDELINES.md): never an entity. */
const genericNouns = ['总统', '政府', '首脑会议', '峰会', '会谈', '会晤', '代表团', '国际社会', '民众', '当局', '军队', '领导人', '委员会', '大使馆']

const seedsFolder = fileURLToPath(new URL('../../input/', import.meta.url))

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'SOURCES.tsv')
    .flatMap((name) => {
      const full = path.join(folder, name)
      return statSync(full).isDirectory() ? filesUnder(full) : [full]
    })
}

async function run(sources: string[]): Promise<Map<string, VFile>> {
  const files = await processSources(
    sources.map((source) => ({sourceName: path.basename(source), stem: stemOf(path.basename(source)), bytes: readFileSync(source)})),
    pipelines
  )
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

  // Acceptance 4: every record of seeds + corpus, every entity and mention.
  it('never makes a date, a month, a number, an office or a generic noun an entity, in any record', () => {
    const dateOrNumber = /^[0-9０-９]+\s*(年|月|日|号)?$|^([0-9]{1,4}\s*年)?\s*[0-9]{1,2}\s*月(\s*[0-9]{1,2}\s*日)?$/
    const dateSurface = /^([0-9]{1,4}\s*年)?\s*[0-9]{1,2}\s*月(\s*[0-9]{1,2}\s*日)?$|^[0-9]{4}\s*年$/
    // A body without its state is any state's, unless a Wikipedia page of that very title names one (`统一部`).
    const generic = (entity: {name: string; sameAs?: string}) => genericNouns.includes(entity.name) || (!entity.sameAs && bareBodies.some((body) => body.name === entity.name))
    const wrong = [...together.values()].flatMap((file) => [
      ...(file.data.entities ?? []).filter((entity) => dateOrNumber.test(entity.name) || isOffice(entity.name) || generic(entity)).map((entity) => `${file.data.stem} entity ${entity.name}`),
      ...(file.data.entityMentions ?? []).filter((mention) => dateSurface.test(mention.exact) || isOffice(mention.exact)).map((mention) => `${file.data.stem} ${mention.start} ${mention.exact} → ${mention.name}`)
    ])
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

  // Acceptance 3. What the corpus may add to a seed's record, as the README says: the Wikipedia page of
  // an entity it links (`sameAs`), `lexicon` as the evidence of a mention whose name it links, and the
  // mentions of names it links that the seed alone does not know (with their entities). Nothing else moves.
  it('gives a seed the same record alone and with the corpus, but for the evidence the corpus adds', () => {
    const withoutCorpusEvidence = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(withoutCorpusEvidence)
      if (value === null || typeof value !== 'object') return value
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'sameAs' && key !== 'kpd:evidence')
          .map(([key, inner]) => [key, withoutCorpusEvidence(inner)])
      )
    }
    for (const [stem, file] of alone) {
      const own = buildDocumentRecord(file) as {'@graph': Array<Record<string, unknown>>}
      const joined = buildDocumentRecord(together.get(stem)!) as {'@graph': Array<Record<string, unknown>>}
      const ids = new Set(own['@graph'].map((node) => node['@id']))
      const added = joined['@graph'].filter((node) => !ids.has(node['@id']))
      const addedIds = new Set(added.map((node) => node['@id']))
      // An added node is a mention found by the batch lexicon, or the entity such a mention names.
      const annotations = added.filter((node) => node['@type'] === 'oa:Annotation')
      expect(annotations.filter((node) => node['kpd:evidence'] !== 'lexicon').map((node) => node['@id'])).toEqual([])
      const named = new Set(annotations.map((node) => node['oa:hasBody']))
      expect(added.filter((node) => node['@type'] !== 'oa:Annotation' && !named.has(node['@id'])).map((node) => node['@id'])).toEqual([])
      const kept = joined['@graph']
        .filter((node) => !addedIds.has(node['@id']))
        .map((node) => Object.fromEntries(Object.entries(node).map(([key, value]) => [key, Array.isArray(value) ? value.filter((item) => !addedIds.has(item as string)) : value])))
      expect(withoutCorpusEvidence(kept)).toEqual(withoutCorpusEvidence(own['@graph']))
    }
  })

  // Acceptance 2, as queries/duplicate-entities.rq asks it: no entity's name is another entity's name or
  // alternate name, and no two entities point at one Wikipedia page.
  it('gives one entity one node across the whole batch', () => {
    const entities = new Map<string, {name: string; alternateNames: string[]; sameAs?: string}>()
    for (const file of together.values()) {
      for (const entity of file.data.entities ?? []) {
        const seen = entities.get(entity.id)
        entities.set(entity.id, {...entity, alternateNames: [...(seen?.alternateNames ?? []), ...entity.alternateNames], sameAs: seen?.sameAs ?? entity.sameAs})
      }
    }
    const byName = new Map<string, string>()
    for (const [id, entity] of entities) byName.set(entity.name, id)
    const byPage = new Map<string, string[]>()
    for (const [id, entity] of entities) if (entity.sameAs) byPage.set(entity.sameAs, [...(byPage.get(entity.sameAs) ?? []), id])
    const duplicates = [
      ...[...entities].flatMap(([id, entity]) => entity.alternateNames.filter((alternate) => byName.has(alternate) && byName.get(alternate) !== id).map((alternate) => `${entity.name} / ${alternate}`)),
      ...[...byPage].filter(([, ids]) => ids.length > 1).map(([page, ids]) => `${page}: ${ids.join(' ')}`)
    ]
    expect(duplicates).toEqual([])
  })
})
