import {describe, expect, it} from 'vitest'
import type {SourceKind} from '../../src/core/types.js'
import {processText, readFixture, slice} from '../helpers/process.js'

async function mentionsOf(kind: SourceKind, input: string) {
  const file = await processText(kind, readFixture(input))
  for (const mention of file.data.entityMentions!) expect(slice(file.data.text!, mention.start, mention.end)).toBe(mention.exact)
  return {file, mentions: file.data.entityMentions!.map(({exact, type, name}) => ({exact, type, name}))}
}

const expected = (name: string) => JSON.parse(readFixture(`${name}/expected.json`)) as object[]

describe('entities', () => {
  it('takes linked names with their page as identity, trimmed anchors included, and finds them unlinked', async () => {
    const {file, mentions} = await mentionsOf('wiki', 'entities-links/input.md')
    expect(mentions).toEqual(expected('entities-links'))
    const bush = file.data.entities!.find((entity) => entity.name === '乔治·沃克·布什')!
    expect(bush.alternateNames).toEqual(['小布什'])
    expect(bush.sameAs).toBe('https://zh.wikipedia.org/wiki/乔治·沃克·布什')
  })

  it('never names an entity with the particles or verbs a misaligned anchor carried', async () => {
    const {file} = await mentionsOf('wiki', 'entities-links/input.md')
    const names = file.data.entities!.flatMap((entity) => [entity.name, ...entity.alternateNames])
    for (const name of names) expect(name).not.toMatch(/(的|举行第?|舉行第?|步行穿[过過])$/)
  })

  it('finds people by the office next to their name and by transliterations with ·', async () => {
    expect((await mentionsOf('text', 'entities-titles/input.txt')).mentions).toEqual(expected('entities-titles'))
  })

  it('types organizations, works, documents, sites and events by the shape of their names', async () => {
    expect((await mentionsOf('text', 'entities-shapes/input.txt')).mentions).toEqual(expected('entities-shapes'))
  })

  it('resolves short names inside the document to the one full name they fit', async () => {
    expect((await mentionsOf('text', 'entities-short-names/input.txt')).mentions).toEqual(expected('entities-short-names'))
  })

  it('folds the names of states to one canonical short name', async () => {
    const {file, mentions} = await mentionsOf('text', 'entities-countries/input.txt')
    expect(mentions).toEqual(expected('entities-countries'))
    expect(file.data.entities!.find((entity) => entity.name === '朝鲜')!.alternateNames).toEqual(['北韩', '朝方', '朝鲜民主主义人民共和国'])
  })

  it('finds people, places and organizations of English text with compromise', async () => {
    const {mentions} = await mentionsOf('markdown', 'entities-english/input.md')
    expect(mentions).toEqual(
      expect.arrayContaining([
        {exact: 'Kim Jong-un', type: 'Person', name: 'Kim Jong-un'},
        {exact: 'Donald Trump', type: 'Person', name: 'Donald Trump'},
        {exact: 'Singapore', type: 'Country', name: 'Singapore'},
        {exact: 'Mike Pompeo', type: 'Person', name: 'Mike Pompeo'}
      ])
    )
  })
})
