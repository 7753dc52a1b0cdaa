import {describe, expect, it} from 'vitest'
import type {EntityType} from '../../src/entities/entityTypes.js'
import {tagPlain} from '../../src/entities/jieba.js'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {leaderInitials, leaderNicknameCandidates} from '../../src/entities/rules/leaderNicknames.js'
import {tokenLookup} from '../../src/entities/tokenLookup.js'

// Made-up sentences and made-up people (孔甲乙, 罗丙丁), never the seeds' or the gold's.
const people = [
  {surface: '孔甲乙', name: '孔甲乙'},
  {surface: '罗丙丁', name: '罗丙丁'}
]
const nicknames = (text: string, named = people, defined: Record<string, {type: EntityType; name: string}> = {}) => {
  const folded = foldedCharacters(text)
  return leaderNicknameCandidates(folded, named, new Map(Object.entries(defined)), tokenLookup(tagPlain(folded.join('')))).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('summits named after their two leaders', () => {
  it.each([
    ['双方在边境举行了孔罗会谈。', [['孔罗会谈', '孔罗会谈']]],
    ['记者追问罗孔首脑会谈的安排。', [['罗孔首脑会谈', '罗孔首脑会谈']]],
    ['外界关注孔罗會的成果。', [['孔罗會', '孔罗会']]], // traditional script, named in simplified
    // Not both initials of people the document names.
    ['双方在边境举行了孔王会谈。', []],
    // A bare 会 joined to what follows is a verb (会见), not the nickname's.
    ['孔罗会见了记者。', []]
  ])('%s', (text, expected) => expect(nicknames(text)).toEqual(expected))

  it('reads no ordinary word over both initials as a nickname (基金会)', () =>
    expect(
      nicknames('他创办了基金会。', [
        {surface: '基甲乙', name: '基甲乙'},
        {surface: '金丙丁', name: '金丙丁'}
      ])
    ).toEqual([]))

  it('needs two different people', () => expect(nicknames('孔孔会谈', [{surface: '孔甲乙', name: '孔甲乙'}])).toEqual([]))
  it('reads an initial of any written form the alias table gives a person', () => expect(leaderInitials([{surface: '特朗普', name: '唐纳德·特朗普'}]).get('川')).toEqual(new Set(['唐纳德·特朗普'])))
  it('names the summit the page’s lead names by a nickname of the same two leaders', () => {
    const named = [...people, {surface: '孔某', name: '孔甲乙'}, {surface: '柯丙丁', name: '罗丙丁'}]
    const defined = {孔罗会: {type: 'Event' as const, name: '2030年东城峰会'}}
    expect(nicknames('此后罗孔首脑会谈、柯孔会谈都在东城举行。', named, defined)).toEqual([
      ['罗孔首脑会谈', '2030年东城峰会'],
      ['柯孔会谈', '2030年东城峰会']
    ])
  })
  it('leaves a nickname of other leaders named by itself', () =>
    expect(nicknames('孔罗会谈后，孔王会谈也举行了。', [...people, {surface: '王戊', name: '王戊'}], {罗王会: {type: 'Event', name: '2030年西城峰会'}})).toEqual([
      ['孔罗会谈', '孔罗会谈'],
      ['孔王会谈', '孔王会谈']
    ]))
})
