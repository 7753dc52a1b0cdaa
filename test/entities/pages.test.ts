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

describe('a page’s own title is a name whatever its last character', () => {
  // Made-up people whose given names end in a character that often ends a misaligned anchor (和, 于, 在, 之).
  it.each([
    ['**宋景和**，某国外交官。\n\n宋景和1950年出生于乌兰巴托。', '宋景和'],
    ['**吕成于**，某国政治人物。\n\n吕成于曾任部长。', '吕成于'],
    ['**韦正在**，某国外交官。\n\n韦正在1950年出生。', '韦正在'],
    ['**邵文之**是某国官员。\n\n邵文之曾任大使。', '邵文之']
  ])('%s', async (text, name) => {
    const people = (await mentions(text)).filter(([, type]) => type === 'Person')
    expect(people).toEqual([
      [name, 'Person', name],
      [name, 'Person', name]
    ])
  })

  it('an anchor that ends so is still not a name when it is not the title', async () => {
    const found = await mentions('**宋景和**，某国外交官。\n\n他访问了[蒙古和](https://zh.wikipedia.org/wiki/蒙古国 "wikilink")日本。')
    expect(found.map(([exact]) => exact)).not.toContain('蒙古和')
  })
})

describe('a page whose lead defines a person names them by its title', () => {
  // Made-up biographies whose title jieba reads as a word and a character (`金元|光`).
  it.each([
    ['**金元光**（1950年－）是一名蒙古军人、政治人物。\n\n金元光曾任部长。', '金元光'],
    ['**金元路**是乌兰巴托的一条街道。\n\n金元路长两公里。', undefined] // a lead that defines no person: no person, whatever the title's shape
  ])('%s', async (text, name) => {
    const people = (await mentions(text)).filter(([, type]) => type === 'Person').map(([exact]) => exact)
    if (name) expect(people).toEqual([name, name])
    else expect(people).toEqual([])
  })
})
