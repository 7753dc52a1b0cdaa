import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {identifySource} from '../../src/io/identifySource.js'
import {templateArguments} from '../../src/wiki/wikitextTemplates.js'
import {dropFileLinks} from '../../src/wiki/dropFileLinks.js'
import {fieldKind} from '../../src/wiki/infoboxFields.js'
import {hasCorpus} from '../helpers/corpus.js'
import {fatalOf, processBytes} from '../helpers/processBytes.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url))
const record = (value: unknown) => JSON.parse(String(value))['@graph'] as Array<Record<string, any>>

describe('raw wikitext', () => {
  it('is told by its markup and read by wtf_wikipedia', () => {
    expect(identifySource(fixture('wikitext-templates/input.wikitext'))).toMatchObject({kind: 'wikitext', parser: 'wtf_wikipedia'})
  })

  it('turns templates that carry text into text, and drops the image and its caption', async () => {
    const file = await processBytes('kim.wikitext', fixture('wikitext-templates/input.wikitext'))
    expect(fatalOf(file)).toEqual([])
    expect(file.data.text).toBe('金某（Kim Mou，1955年4月7日－），朝鲜外交官。朝鲜代表团团长。\n\n经历\n\n2018年4月27日，他随团出席板门店会谈，与韩国代表团会面。')
    expect(file.data.meta?.title).toBe('金某')
    expect(file.data.meta?.keywords).toEqual(['朝鲜外交官'])
    expect(file.data.meta?.citations).toEqual([{name: '金某简历', url: 'http://example.org/kim'}])
    expect(file.data.meta?.seeAlso?.map((page) => page.name)).toEqual(['朝鲜外务省'])
    // `1955年4月7日－）` (born then, living): an open range since main's time families (`2015年3月2日— → 2015-03-02/..`).
    expect(file.data.times?.map((time) => time.value)).toEqual(['1955-04-07/..', '2018-04-27'])
  })

  it('keeps links as annotations with their page, flags included', async () => {
    const file = await processBytes('kim.wikitext', fixture('wikitext-templates/input.wikitext'))
    expect(file.data.links?.map((link) => [link.exact, link.pageTitle])).toEqual([
      ['朝鲜', '朝鲜民主主义人民共和国'],
      ['板门店', '板门店'],
      ['韩国', '韩国']
    ])
  })

  it('keeps infobox fields naming dates, places and people as structured data', async () => {
    const file = await processBytes('kim.wikitext', fixture('wikitext-templates/input.wikitext'))
    expect(file.data.meta?.infobox).toEqual([
      {infobox: 'person', field: 'birth_date', names: 'date', value: '1955年4月7日'},
      {infobox: 'person', field: 'birth_place', names: 'place', value: '平壤', links: ['https://zh.wikipedia.org/wiki/平壤']},
      {infobox: 'person', field: 'spouse', names: 'person', value: '李某', links: ['https://zh.wikipedia.org/wiki/李某']}
    ])
    expect(record(file.value)[0]!['kpd:infobox'][0]).toEqual({'@type': 'kpd:InfoboxField', 'kpd:infobox': 'person', 'kpd:field': 'birth_date', 'kpd:names': 'date', 'kpd:value': '1955年4月7日'})
  })

  it('gives delegation lines their country from the flag templates', async () => {
    const file = await processBytes('talks.wikitext', fixture('wikitext-delegations/input.wikitext'))
    const text = file.data.text ?? ''
    expect(text).toContain('韩国：千英宇，次長。')
    expect(text).toContain('朝鲜：金桂冠，副相。')
    expect(text).toContain('美国：克里斯托弗·希尔，助理国务卿。')
    const session = file.data.events?.find((event) => event.kind === 'session')
    expect(session?.roles.map((role) => role.person)).toEqual(['千英宇', '金桂冠', '克里斯托弗·罗伯特·希尔'])
    // The state each flag template became, before the colon: the heads the Markdown twin gives from its titles and order.
    expect(session?.roles.map((role) => [role.country, role.countryFrom, role.description])).toEqual([
      ['韩国', 'line', '次長'],
      ['朝鲜', 'line', '副相'],
      ['美国', 'line', '助理国务卿']
    ])
  })

  it('removes an image caption the markup broke off, saying where', () => {
    const {text, repairs} = dropFileLinks('a\n[[File:M.svg|thumb]]之控制區域，以南为[[大韓民國|大韓民國]]控制。]]北方界線是…')
    expect(text).toBe('a\n北方界線是…')
    expect(repairs).toEqual([{line: 2, column: 1, removed: '之控制區域，以南为[[大韓民國|大韓民國]]控制。]]'}])
  })

  it('reads template arguments and infobox field names', () => {
    expect(templateArguments('{{flag|朝鲜|name=北韓}}')).toEqual({positional: ['朝鲜'], named: {name: '北韓'}})
    expect([fieldKind('date_signed'), fieldKind('location_signed'), fieldKind('signatories'), fieldKind('image_width'), fieldKind('languages')]).toEqual(['date', 'place', 'place', undefined, undefined])
  })

  it('fails clearly when the page gives no text', async () => {
    const file = await processBytes('empty.wikitext', fixture('wikitext-no-text/input.wikitext'))
    expect(file.data.kind).toBe('wikitext')
    expect(fatalOf(file)).toEqual([{ruleId: 'wikitext-no-text', reason: expect.stringMatching(/gives no text/)}])
  })
})

describe.skipIf(!hasCorpus)('the corpus wikitext pages', () => {
  it('give the same entities as their Markdown twins where the text is the same', async () => {
    const {compareTwins} = await import('../../src/eval/compareTwins.js')
    const {processFiles} = await import('../helpers/processBytes.js')
    const corpus = new URL('../../../shared/corpus/', import.meta.url)
    for (const title of ['北方界線', '中朝友好合作互助条约']) {
      const [raw, markdown] = await processFiles(new URL(`wikitext/${title} (wikitext).wikitext`, corpus), new URL(`zhwiki/${title}.md`, corpus))
      const comparison = compareTwins(raw!, markdown!)
      expect(comparison.sameBlocks).toBeGreaterThan(3)
      expect([comparison.onlyFirst, comparison.onlySecond]).toEqual([[], []])
    }
  })
})
