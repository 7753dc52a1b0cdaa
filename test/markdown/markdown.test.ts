import {describe, expect, it} from 'vitest'
import {processText, readFixture} from '../helpers/process.js'

describe('generic Markdown', () => {
  it('takes title, date and language from the front matter and re-joins wrapped lines with a space', async () => {
    const file = await processText('markdown', readFixture('markdown-front-matter/input.md'))
    expect(file.data.meta).toMatchObject({title: 'Brief: the 2018 Singapore summit', datePublished: '2018-06-13', language: 'en'})
    expect(file.data.text).toBe(readFixture('markdown-front-matter/expected.txt'))
  })
})

describe('plain text', () => {
  it('splits blocks on blank lines and re-joins lines: CJK with no space, Latin with one', async () => {
    const file = await processText('text', readFixture('text-plain/input.txt'))
    expect(file.data.text).toBe(readFixture('text-plain/expected.txt'))
  })

  it('names a source without a title after its file, with a warning', async () => {
    const file = await processText('text', readFixture('text-plain/input.txt'), 'untitled-note')
    expect(file.data.meta?.title).toBe('untitled-note')
    expect(file.messages.map((message) => message.ruleId)).toContain('missing-title')
  })
})
