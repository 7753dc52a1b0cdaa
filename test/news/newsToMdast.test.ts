import {describe, expect, it} from 'vitest'
import {processText, readFixture} from '../helpers/process.js'

const input = readFixture('news-story-blocks/input.html')

describe('news pages', () => {
  it('reads the publication date from the millisecond timestamp comment', async () => {
    const file = await processText('news', input)
    expect(file.data.meta?.datePublished).toBe('2023-09-06T09:17:04Z')
  })

  it('takes the title and the decoded URL from the title link', async () => {
    const file = await processText('news', input)
    expect(file.data.meta?.title).toBe('这些年来金正恩的跨国之旅')
    expect(file.data.meta?.url).toBe('https://www.dw.com/zh/这些年来/a-66728403')
  })

  it('turns each story block into a heading and a paragraph', async () => {
    const file = await processText('news', input)
    expect(file.data.text).toBe(readFixture('news-story-blocks/expected.txt'))
    expect(file.data.sections!.map((section) => section.name)).toEqual(['2018年3月：北京', '美朝首次峰会'])
    expect(file.data.meta?.images).toEqual(['https://example.org/1.jpg', 'https://example.org/2.jpg'])
  })
})
