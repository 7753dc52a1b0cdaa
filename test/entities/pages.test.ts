import {describe, expect, it} from 'vitest'
import {processText, slice} from '../helpers/process.js'

// Made-up pages: what a page says of its own title.
async function mentions(text: string) {
  const file = await processText('wiki', text)
  return file.data.entityMentions!.map((mention) => [slice(file.data.text!, mention.start, mention.end), mention.type, mention.name])
}

describe('a page names what it is about', () => {
  it('a page about a person names them by their surname, nickname and all', async () => {
    const found = await mentions('**约翰·亨利·“杰克”·史密斯**是一位外交官。\n\n史密斯1950年出生于乌兰巴托。')
    expect(found).toContainEqual(['约翰·亨利·“杰克”·史密斯', 'Person', '杰克·史密斯'])
    expect(found).toContainEqual(['史密斯', 'Person', '杰克·史密斯'])
  })

  it('a title no rule types takes the type its first sentence defines', async () => {
    const found = await mentions('**草原亲友团聚**是一项由两国政府联合举办，为了让亲友重逢的活动。\n\n草原亲友团聚共举行了三次。')
    expect(found.filter(([, type]) => type === 'Event')).toEqual([
      ['草原亲友团聚', 'Event', '草原亲友团聚'],
      ['草原亲友团聚', 'Event', '草原亲友团聚']
    ])
  })

  it('on the page of one event of a series, the series’ name is that event', async () => {
    const found = await mentions('**第一次越核危机**是一场外交危机。\n\n越核危机持续了两年。')
    expect(found).toContainEqual(['越核危机', 'Event', '第一次越核危机'])
  })
})
