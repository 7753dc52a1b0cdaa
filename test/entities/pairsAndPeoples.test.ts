import {describe, expect, it} from 'vitest'
import {processText, slice} from '../helpers/process.js'

// Made-up sentences: both Koreas as a pair and a people are not mentions of a state; a people's `人民`, `人权` are.
describe('pairs of states and peoples are not the state', () => {
  it.each([
    ['南北韩关系在那一年有所缓和。', []],
    ['多数南韩人支持这项政策。', []],
    ['北韩人对此反应冷淡。', []],
    ['他向北韩人民发表演讲。', ['北韩']],
    ['会议讨论了北韩人权问题。', ['北韩']]
  ])('%s', async (text, expected) => {
    const file = await processText('text', text)
    const states = file.data.entityMentions!.filter((mention) => mention.type === 'Country').map((mention) => slice(file.data.text!, mention.start, mention.end))
    expect(states).toEqual(expected)
  })

  it('a seat of government is a place', async () => {
    const file = await processText('text', '代表团当天下午抵达青瓦台。')
    expect(file.data.entityMentions!.map(({exact, type}) => [exact, type])).toEqual([['青瓦台', 'Place']])
  })
})
