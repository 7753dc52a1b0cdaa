import jsonld from 'jsonld'
import {describe, expect, it} from 'vitest'
import {offlineDocumentLoader} from '../src/jsonld/offlineLoader.js'
import {slice} from './helpers/process.js'
import {recordOf, seedRecords} from './helpers/runSeeds.js'

const files = seedRecords()
const records = new Map(files.map((file) => [file.stem, recordOf(file)]))
const documentOf = (stem: string) => records.get(stem)!['@graph'][0]!
const stems = [...records.keys()]

function sectionNames(parts: Array<Record<string, any>> = []): string[] {
  return parts.flatMap((part) => [part.name as string, ...sectionNames(part.hasPart)])
}

describe('records of the seeds', () => {
  it.each(stems)('%s expands and converts to RDF offline with no term dropped', async (stem) => {
    const record = records.get(stem)!
    const options = {safe: true, documentLoader: offlineDocumentLoader} as jsonld.Options.Expand
    const expanded = await jsonld.expand(record as jsonld.JsonLdDocument, options)
    expect(expanded.length).toBeGreaterThan(0)
    const quads = await jsonld.toRDF(record as jsonld.JsonLdDocument, {...options, format: 'application/n-quads'} as jsonld.Options.ToRdf)
    expect(String(quads)).toContain('<https://schema.org/text>')
  })

  it('types, titles and URLs the documents by their kind', () => {
    const summary = stems.map((stem) => {
      const document = documentOf(stem)
      return [stem.slice(0, 3), document['@type'], document.name, document.url, document.datePublished]
    })
    expect(summary).toEqual([
      ['000', 'Article', '朝韩首脑会晤', 'https://zh.wikipedia.org/wiki/朝韩首脑会晤', undefined],
      ['001', 'Article', '六方会谈', 'https://zh.wikipedia.org/wiki/六方会谈', undefined],
      ['002', 'NewsArticle', '这些年来金正恩的跨国之旅', 'https://www.dw.com/zh/这些年来金正恩的跨国之旅/a-66728403', '2023-09-06T09:17:04Z'],
      ['003', 'Report', '003_79253318ac80a605', undefined, undefined],
      ['004', 'Article', '朝鮮半島和平條約', 'https://zh.wikipedia.org/wiki/朝鮮半島和平條約', undefined]
    ])
  })

  it('keeps categories as keywords', () => {
    expect(documentOf(stems[0]!).keywords).toEqual(['朝鮮半島南北關係', '政府会议'])
    expect(documentOf(stems[4]!).keywords).toEqual(['朝鮮半島統一運動', '朝美關係', '和约', '美國條約', '朝鮮條約'])
  })

  it('names sections after their headings, also the PDF’s folded spaced headings', () => {
    expect(sectionNames(documentOf(stems[0]!).hasPart)).toEqual([
      '金大中政府（1998－2003）',
      '2000年朝韓首腦歷史性會晤',
      '盧武鉉政府（2003－2008）',
      '2007年南北首脑会谈',
      '中斷（2008－2017）',
      '文在寅政府 （2017－）',
      '2018年4月南北首脑会谈',
      '2018年5月南北首脑会谈',
      '2018年9月南北首脑会谈'
    ])
    const report = sectionNames(documentOf(stems[3]!).hasPart)
    expect(report.slice(0, 2)).toEqual(['摘要', '概述'])
    expect(report).toContain('结论')
    expect(sectionNames(documentOf(stems[2]!).hasPart)).toContain('2019年6月：三八线上的“快闪会”')
  })

  it.each(stems)('%s has plain text: no link syntax, markers, HTML, templates, file names or categories', (stem) => {
    const text = documentOf(stem).text as string
    expect(text).not.toMatch(/\]\(|wikilink|\\\[|\\\]|\[\d+\]|<\/?[a-z][^>]*>|<!--|\{\{|\}\}|-\{|\}-|\.(?:jpe?g|png|svg|gif)\b|Category:|分類:|fig:/i)
    expect(text).not.toMatch(/\n{3,}/)
  })

  it('keeps each paragraph of the PDF text once, without line breaks inside', () => {
    const paragraphs = (documentOf(stems[3]!).text as string).split('\n\n')
    for (const paragraph of paragraphs) expect(paragraph).not.toContain('\n')
    const long = paragraphs.filter((paragraph) => paragraph.length >= 20)
    for (const paragraph of long) {
      expect(long.filter((other) => other.includes(paragraph))).toHaveLength(1)
    }
  })

  it.each(stems)('%s annotations (links, times, mentions) select exactly the quoted text', (stem) => {
    const [document, ...nodes] = records.get(stem)!['@graph']
    const text = document!.text as string
    const annotations = nodes.filter((node) => node['@type'] === 'oa:Annotation')
    expect(annotations.length).toBeGreaterThan(0)
    for (const annotation of annotations) {
      const [position, quote] = annotation['oa:hasTarget']['oa:hasSelector']
      expect(slice(text, position['oa:start'], position['oa:end'])).toBe(quote['oa:exact'])
      expect(annotation['oa:hasTarget']['oa:hasSource']).toBe(document!['@id'])
    }
  })

  it.each(stems)('%s time values are EDTF with real years: no duration or count became a year', (stem) => {
    const graph: any[] = records.get(stem)!['@graph']
    const values = graph
      .slice(1)
      .filter((annotation) => String(annotation['@id']).includes('#time-'))
      .map((annotation) => annotation['oa:hasBody']['rdf:value']['@value'] as string)
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) {
      expect(value).toMatch(/^(?:[0-9X]{4}(?:-(?:[0-9X]{2}|2[1-4]|3[3-6]|4[01]))?(?:-[0-9X]{2})?|\d{3}X|\d{2}XX)(?:\/(?:\.\.|[0-9X]{4}(?:-[0-9X]{2}){0,2}|\d{3}X))?$/)
      for (const year of value.match(/\b\d{4}\b/g) ?? []) expect(Number(year)).toBeGreaterThanOrEqual(1900)
    }
  })

  it('gives one node to each person across the seeds, with the Wikipedia page as sameAs', () => {
    const nodes = (name: string) => [...records.values()].flatMap((record) => record['@graph'].filter((node) => node.name === name && node['@type'] === 'Person'))
    for (const name of ['金正恩', '金正日', '卢武铉', '文在寅', '金大中']) {
      const found = nodes(name)
      expect(found.length, name).toBeGreaterThan(0)
      expect(new Set(found.map((node) => node['@id'])).size, name).toBe(1)
      expect(
        found.every((node) => node.sameAs === `https://zh.wikipedia.org/wiki/${name}`),
        name
      ).toBe(true)
    }
    expect(nodes('卢武铉')[0]!.alternateName).toContain('盧武鉉')
    expect(nodes('乔治·沃克·布什')[0]!.alternateName).toContain('小布什')
  })

  it.each(stems)('%s has no malformed entity names and every mention selects its quote', (stem) => {
    const [document, ...nodes] = records.get(stem)!['@graph']
    const entities = nodes.filter((node) => String(node['@id']).includes('/entity/'))
    expect(entities.length).toBeGreaterThan(5)
    for (const entity of entities) {
      for (const name of [entity.name, ...(entity.alternateName ?? [])]) expect(name).not.toMatch(/(的|了|举行|舉行|第|步行穿过|步行穿過)$/)
    }
    expect(document!.mentions).toEqual(entities.map((entity) => entity['@id']))
    const ids = new Set(entities.map((entity) => entity['@id']))
    for (const annotation of nodes.filter((node) => String(node['@id']).includes('#mention-'))) expect(ids.has(annotation['oa:hasBody'])).toBe(true)
  })

  it('gives the eleven sessions of the talks with their dates, venue and hierarchy', () => {
    const events = records.get(stems[1]!)!['@graph'].filter((node) => node['kpd:eventKind'] === 'session')
    expect(events.map((event) => [event.name, event.startDate, event.endDate])).toEqual([
      ['三方会谈', '2003-04-23', '2003-04-25'],
      ['第一轮六方会谈', '2003-08-27', '2003-08-29'],
      ['第二轮六方会谈', '2004-02-25', '2004-02-28'],
      ['第三轮六方会谈', '2004-06-23', '2004-06-26'],
      ['第四轮六方会谈第一阶段', '2005-07-26', '2005-08-07'],
      ['第四轮六方会谈第二阶段', '2005-09-13', '2005-09-19'],
      ['第五轮六方会谈第一阶段', '2005-11-09', '2005-11-11'],
      ['第五轮六方会谈第二阶段', '2006-12-18', '2006-12-22'],
      ['第五轮六方会谈第三阶段', '2007-02-08', '2007-02-13'],
      ['第六轮六方会谈第一阶段', '2007-03-19', '2007-03-22'],
      ['第六轮六方会谈第二阶段', '2007-09-27', '2007-10-03']
    ])
    for (const event of events.slice(1)) expect(event.location.name).toBe('中国北京市钓鱼台国宾馆芳菲苑')
    const phase = events[5]!
    expect(phase.superEvent).toBe('https://w3id.org/kpdd/event/round/2005-07-26') // 第四轮, minted from its first day
    expect(phase.attendee.map((role: any) => [role.represents.name, role.attendee?.name ?? null])).toEqual([
      ['朝鲜', '金桂冠'],
      ['美国', '克里斯托弗·罗伯特·希尔'],
      ['中国', '武大伟'],
      ['韩国', '宋旻淳'],
      ['日本', '佐佐江贤一郎'],
      ['俄罗斯', '亚历山大·阿列克谢耶夫']
    ])
    expect(events[0]!.attendee[1].attendee).toBeUndefined()
    expect(events[0]!.attendee[1].description).toBe('美国东亚和太平洋事务助理国务卿')
  })

  it('gives the five inter-Korean summits and the nine trips (visits) with dates and places', () => {
    const summits = records.get(stems[0]!)!['@graph'].filter((node) => node['kpd:eventKind'] === 'summit')
    expect(summits.map((event) => [event.startDate, event.endDate, event.location.name, (event.attendee ?? []).map((person: any) => person.name)])).toEqual([
      // Attendees as the dated sentence says: the meeting said held, then who held talks (2000, 2007); the two sides, then the pair the next clause names (2018-04).
      // The May and September sentences name no one (the people are in other sentences): none.
      ['2000-06-13', '2000-06-15', '平壤', ['金大中', '金正日']],
      ['2007-10-02', '2007-10-04', '平壤', ['卢武铉', '金正日']],
      ['2018-04-27', '2018-04-27', '和平之家', ['文在寅', '金正恩']],
      ['2018-05-26', '2018-05-26', '统一阁', []],
      ['2018-09-18', '2018-09-20', '平壤', []]
    ])
    const trips = records.get(stems[2]!)!['@graph'].filter((node) => node['kpd:eventKind'] === 'visit')
    expect(trips.map((event) => [event.startDate, event.location.name])).toEqual([
      ['2018-03-25', '北京'],
      ['2018-04-27', '板门店'],
      ['2018-05-07', '大连'],
      ['2018-06-10', '新加坡'],
      ['2018-06-19', '北京'],
      ['2019-01-07', '北京'],
      ['2019-02-26', '河内'],
      ['2019-04-24', '符拉迪沃斯托克'],
      ['2019-06-30', '北纬38度线'] // 三八线 by zhwiki's title
    ])
  })

  it('trims the misaligned anchors of the seeds to the words naming the page', () => {
    const mentions = [...records.values()]
      .flatMap((record) => record['@graph'].filter((node) => String(node['@id']).includes('#link-')))
      .map((annotation) => [annotation['kpd:anchorText'], annotation['oa:hasTarget']['oa:hasSelector'][1]['oa:exact']])
    expect(mentions).toContainEqual(['朝鲜半岛的', '朝鲜半岛'])
    expect(mentions).toContainEqual(['卢武铉步行穿過', '卢武铉'])
    expect(mentions).toContainEqual(['韓國总统', '韓國总统'])
    expect(mentions).toContainEqual(['統一閣舉行第', '統一閣'])
  })
})
