import {describe, expect, it} from 'vitest'
import {cutsWord} from '../../src/entities/rules/candidate.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {tokenLookup} from '../../src/entities/tokenLookup.js'
import {processText, slice} from '../helpers/process.js'

// Made-up sentences: a name the document gives is found again only as a word of its own.
describe('names found again stand at word edges', () => {
  it.each([
    ['他是国家最高领导人', '高领导人', true], // inside `最高`
    ['双方举行了联合军事演习', '合军', true], // across `联合|军事`
    ['大使郑英浩表示', '郑英浩', false]
  ])('%s: %s cuts a word: %s', (text, surface, expected) => {
    const start = text.indexOf(surface)
    expect(cutsWord(tokenLookup(tagPlain(text)), start, start + surface.length)).toBe(expected)
  })

  it('a surname and an office inside a longer word are not the person of that surname', async () => {
    const file = await processText('text', '外长高建华出席了会议。随后，朝鲜最高领导人表示欢迎。')
    const people = file.data.entityMentions!.filter((mention) => mention.type === 'Person').map((mention) => slice(file.data.text!, mention.start, mention.end))
    expect(people).toEqual(['高建华'])
  })
})
