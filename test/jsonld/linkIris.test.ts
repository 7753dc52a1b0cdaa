import {describe, expect, it} from 'vitest'
import {recordQuads, validateQuads} from '../../src/validate/validateRecords.js'
import {processText} from '../helpers/process.js'

const annotationBodies = (record: any) => record['@graph'].filter((node: any) => node['oa:motivatedBy'] === 'oa:linking').map((node: any) => node['oa:hasBody'])

describe('links of a record', () => {
  it.each([
    ['a relative Markdown link, no source URL', '# 标题\n\n朝鲜和[韩国](notes/r3.md)会谈。\n', [], 1],
    ['#section, no source URL', '# 标题\n\n朝鲜和[韩国](#section)会谈。\n', [], 1],
    ['javascript:', '# 标题\n\n朝鲜和[韩国](javascript:alert(1))会谈。\n', [], 1],
    ['a relative link resolved against front matter url', '---\ntitle: 标题\nurl: https://example.org/a/index.html\n---\n\n朝鲜和[韩国](r3.md)会谈。\n', ['https://example.org/a/r3.md'], 0],
    ['an angle-bracket link with a space', '# 标题\n\n朝鲜和[韩国](<http://x/a b>)会谈。\n', ['http://x/a%20b'], 0]
  ])('%s: the record is written and converts to RDF', async (_name, source, bodies, warnings) => {
    const file = await processText('markdown', source)
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    const record = JSON.parse(String(file.value))
    expect(annotationBodies(record)).toEqual(bodies)
    expect(file.messages.filter((message) => message.ruleId === 'link-not-iri')).toHaveLength(warnings)
    expect(await validateQuads(await recordQuads(record))).toEqual([])
  })

  it('drops a relative front matter url with a warning', async () => {
    const file = await processText('markdown', '---\ntitle: 标题\nurl: page.html\n---\n\n正文。\n')
    expect(JSON.parse(String(file.value))['@graph'][0].url).toBeUndefined()
    expect(file.messages.map((message) => message.ruleId)).toContain('link-not-iri')
  })

  it('drops a news image with a relative src and no page URL', async () => {
    const file = await processText('news', '<div><p><b>标题</b></p><img src="x.jpg"><p>2018年4月27日，朝鲜和韩国举行会谈。</p></div>')
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    expect(JSON.parse(String(file.value))['@graph'][0].image).toBeUndefined()
  })
})

describe('SHACL rejects link bodies that are not http(s)', () => {
  it.each(['javascript:alert(1)', 'data:text/plain,x', 'file:2018'])('%s', async (body) => {
    const file = await processText('markdown', '# 标题\n\n朝鲜和[韩国](https://ko.example.org/)会谈。\n')
    const record = JSON.parse(String(file.value))
    record['@graph'].find((node: any) => node['oa:motivatedBy'] === 'oa:linking')['oa:hasBody'] = body
    const violations = await validateQuads(await recordQuads(record))
    expect(violations.map((violation) => violation.message)).toContain("A link annotation's body is an http(s) IRI")
  })
})
