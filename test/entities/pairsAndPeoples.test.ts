import {describe, expect, it} from 'vitest'
import {processText, slice} from '../helpers/process.js'

// Made-up sentences: both Koreas as a pair, a people, a unit or a weapon are not mentions of a state or place; a people's `人民`, `人权` are.
describe('pairs of states and peoples are not the state', () => {
  it.each([
    ['南北韩关系在那一年有所缓和。', []],
    ['多数南韩人支持这项政策。', []],
    ['北韩人对此反应冷淡。', []],
    ['他向北韩人民发表演讲。', ['北韩']],
    ['会议讨论了北韩人权问题。', ['北韩']],
    // A unit of measure and a missile named after a place are neither the state nor the place.
    ['两地相距3英里。', []],
    ['朝鲜试射了大浦洞导弹。', ['朝鲜']]
  ])('%s', async (text, expected) => {
    const file = await processText('text', text)
    const states = file.data.entityMentions!.map((mention) => slice(file.data.text!, mention.start, mention.end))
    expect(states).toEqual(expected)
  })

  it('a seat of government is a place', async () => {
    const file = await processText('text', '代表团当天下午抵达青瓦台。')
    expect(file.data.entityMentions!.map(({exact, type}) => [exact, type])).toEqual([['青瓦台', 'Place']])
  })
})
