import {describe, expect, it} from 'vitest'
import {processText, readFixture, slice} from '../helpers/process.js'

async function clean(name: string) {
  const file = await processText('wiki', readFixture(`${name}/input.md`))
  return {file, text: file.data.text!}
}

const expectedText = (name: string) => readFixture(`${name}/expected.txt`)
const rules = (file: {messages: Array<{ruleId?: string | null}>}) => file.messages.map((message) => message.ruleId)

describe('wiki cleaning', () => {
  it('takes title and URL from the conversion header and leaves it out of the text', async () => {
    const {file, text} = await clean('wiki-conversion-header')
    expect(text).toBe(expectedText('wiki-conversion-header'))
    expect(file.data.meta?.title).toBe('六方会谈')
    expect(file.data.meta?.url).toBe('https://zh.wikipedia.org/wiki/六方会谈')
  })

  it('names the page after the lead’s bold term when there is no header', async () => {
    const {file, text} = await clean('wiki-title-from-lead')
    expect(text).toBe(expectedText('wiki-title-from-lead'))
    expect(file.data.meta?.title).toBe('南北共同宣言')
    expect(file.data.meta?.url).toBeUndefined()
  })

  it('removes footnote markers', async () => {
    const {text} = await clean('wiki-footnote-markers')
    expect(text).toBe(expectedText('wiki-footnote-markers'))
  })

  it('removes image links and their captions up to the stray ]]', async () => {
    const {file, text} = await clean('wiki-image-caption')
    expect(text).toBe(expectedText('wiki-image-caption'))
    expect(file.data.links).toEqual([])
  })

  it('keeps the text of the page’s own script from variant markup', async () => {
    const {text} = await clean('wiki-language-variants')
    expect(text).toBe(expectedText('wiki-language-variants'))
  })

  it('removes unexpanded templates with a warning', async () => {
    const {file, text} = await clean('wiki-templates')
    expect(text).toBe(expectedText('wiki-templates'))
    expect(rules(file)).toContain('unexpanded-template')
  })

  it('moves categories to keywords', async () => {
    const {file, text} = await clean('wiki-categories')
    expect(text).toBe(expectedText('wiki-categories'))
    expect(file.data.meta?.keywords).toEqual(['朝鮮半島統一運動', '朝美關係', '和约'])
  })

  it('parses raw HTML tables and drops rows without a value', async () => {
    const {file, text} = await clean('wiki-infobox-table')
    expect(text).toBe(expectedText('wiki-infobox-table'))
    expect(rules(file)).toContain('empty-table-row')
    expect(text).not.toMatch(/[<>]|float/)
  })

  it('repairs debris of dropped templates and says so with line and column', async () => {
    const {file, text} = await clean('wiki-template-debris')
    expect(text).toBe(expectedText('wiki-template-debris'))
    const missingName = file.messages.find((message) => message.ruleId === 'missing-name')
    expect(missingName?.line).toBe(9)
    expect(missingName?.column).toBeGreaterThan(0)
    expect(rules(file)).toContain('dropped-flag-template')
    expect(rules(file)).toContain('template-debris')
  })

  it('drops reference, external-link and see-also sections but keeps their links on the record', async () => {
    const {file, text} = await clean('wiki-back-matter')
    expect(text).toBe(expectedText('wiki-back-matter'))
    expect(file.data.meta?.citations).toEqual([
      {name: '朝韩首脑签署共同宣言', url: 'http://news.xinhuanet.com/photo/2007-10/04/content_6830634.htm'},
      {name: '中時-日外相：將調查六方會談棄核失敗原委', url: 'http://www.chinatimes.com/realtimenews/20180512002532-260408'}
    ])
    expect(file.data.meta?.seeAlso).toEqual([{name: '陽光政策', url: 'https://zh.wikipedia.org/wiki/陽光政策'}])
    expect(file.data.sections).toEqual([])
  })
})

describe('link annotations', () => {
  it('trims misaligned anchors to the words that name the page', async () => {
    const {file, text} = await clean('wiki-misaligned-anchors')
    const expected = JSON.parse(readFixture('wiki-misaligned-anchors/expected.json')) as object[]
    expect(file.data.links!.map(({exact, anchor, pageTitle, alignment}) => ({exact, anchor, pageTitle, alignment}))).toEqual(expected)
    for (const link of file.data.links!) expect(slice(text, link.start, link.end)).toBe(link.exact)
  })

  it('keeps the whole anchor and warns when no part names the page', async () => {
    const {file, text} = await clean('wiki-unaligned-anchor')
    const [link] = file.data.links!
    expect(link).toMatchObject({exact: '小布什为免美国同时陷入', pageTitle: '乔治·沃克·布什', alignment: 'unaligned'})
    expect(slice(text, link!.start, link!.end)).toBe(link!.exact)
    const warning = file.messages.find((message) => message.ruleId === 'unaligned-anchor')
    expect(warning?.line).toBe(1)
    expect(warning?.column).toBe(7)
  })
})
