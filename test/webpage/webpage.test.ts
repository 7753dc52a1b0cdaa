import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {identifySource} from '../../src/io/identifySource.js'
import {normalizeDate} from '../../src/webpage/readWebPage.js'
import {hasCorpus} from '../helpers/corpus.js'
import {fatalOf, processBytes, processFiles} from '../helpers/processBytes.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url))

describe('whole saved web pages', () => {
  it('are told from news fragments by their <html> and <head>', () => {
    expect(identifySource(fixture('webpage-wrapped/input.html'))).toMatchObject({kind: 'webpage', parser: '@mozilla/readability'})
    expect(identifySource(readFileSync(new URL('../../input/002_81916d54a5620362.txt', import.meta.url))).kind).toBe('news')
  })

  it('wrapped in navigation, ads, comments and footer give the same text as the article alone', async () => {
    const wrapped = await processBytes('wrapped.html', fixture('webpage-wrapped/input.html'))
    const alone = await processBytes('alone.html', fixture('webpage-article/input.html'))
    expect(fatalOf(wrapped)).toEqual([])
    expect(wrapped.data.text).toBe(alone.data.text)
    expect(wrapped.data.text).not.toMatch(/Sponsored|cookies|Newsletter|Comments|All rights reserved|By Peninsula/)
    expect(wrapped.data.text).toMatch(/^On June 12, 2018, Kim Jong-un and Donald Trump met/)
  })

  it('keep title, byline, published date (UTC) and canonical URL', async () => {
    const file = await processBytes('wrapped.html', fixture('webpage-wrapped/input.html'))
    expect(file.data.meta).toMatchObject({
      title: 'Brief: the 2018 Singapore summit',
      author: 'Peninsula Review staff',
      datePublished: '2018-06-13T01:30:00Z',
      url: 'https://review.example.org/2018/06/singapore-summit-brief'
    })
    const document = JSON.parse(String(file.value))['@graph'][0]
    expect(document.author).toBe('Peninsula Review staff')
    expect(document.datePublished).toBe('2018-06-13T01:30:00Z')
  })

  it('fail clearly when there is no article', async () => {
    const file = await processBytes('empty.html', fixture('webpage-no-content/input.html'))
    expect(fatalOf(file)).toEqual([{ruleId: 'webpage-no-content', reason: expect.stringMatching(/no main content/)}])
  })

  it('read stated dates as ISO 8601, UTC when they have a time', () => {
    expect([normalizeDate('2018-06-13'), normalizeDate('2018-06-13T09:30:00+08:00'), normalizeDate('June 13, 2018'), normalizeDate(undefined)]).toEqual(['2018-06-13', '2018-06-13T01:30:00Z', undefined, undefined])
  })
})

describe.skipIf(!hasCorpus)('the corpus page the web page was made from', () => {
  it('gives the same text, apart from the title heading the reader view takes as the title', async () => {
    const corpusPage = new URL('../../../shared/corpus/en/singapore-summit-brief.md', import.meta.url)
    const [markdown] = await processFiles(corpusPage)
    const page = await processBytes('wrapped.html', fixture('webpage-wrapped/input.html'))
    expect(page.data.text).toBe(markdown!.data.text!.replace(/^Brief: the 2018 Singapore summit\n\n/, ''))
  })
})
