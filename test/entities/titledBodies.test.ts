import {describe, expect, it} from 'vitest'
import {tagPlain} from '../../src/entities/jieba.js'
import {bareBodyCandidates} from '../../src/entities/rules/bareBodies.js'
import {type Candidate, emitter, foldedCharacters} from '../../src/entities/rules/candidate.js'
import {leadState} from '../../src/entities/rules/sentenceStates.js'
import {titledBodiesAfter, titledBodyCandidates} from '../../src/entities/rules/titledBodies.js'

// Made-up sentences for a body inside the title of its head, never the seeds' or the gold's.
function run(rule: (out: ReturnType<typeof emitter>) => void, text: string) {
  const folded = foldedCharacters(text)
  const out = emitter(folded, tagPlain(folded.join('')))
  rule(out)
  return out.found.map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('a body inside the title of its head', () => {
  it.each([
    ['1999年他升任外交部长', [['外交部', '外交部']]],
    ['她被提名为國防部長，次年辞职', [['国防部', '国防部']]],
    ['他后来出任内阁总理', [['内阁', '内阁']]],
    ['同年任政务院副总理', [['政务院', '政务院']]],
    ['1970年改任外务省副相', [['外务省', '外务省']]],
    ['国政院长出席会议', [['国政院', '国家情报院']]], // a short form takes its full name
    ['蒙古外交部长抵达', []], // a state before it is the mention there
    ['泰国国防部长表示', []],
    ['会见了内阁总理大臣某某', []], // one state's head of government, not its cabinet
    ['任外务相（外交部长）', []], // a gloss of another post names no body
    ['外交部发表声明', []] // no title: left to the bare bodies
  ])('%s', (text, expected) => expect(run(titledBodyCandidates, text)).toEqual(expected))

  it('adds a body only where no other rule read a name', () => {
    const text = '某某任外交部长。次年任国防部长'
    const folded = foldedCharacters(text)
    const read: Candidate = {start: 4, end: 7, type: 'GovernmentOrganization', name: '蒙古外交部', source: 'rule'}
    const found = titledBodiesAfter([read], folded, tagPlain(folded.join('')))
    expect(found.map((candidate) => folded.slice(candidate.start, candidate.end).join(''))).toEqual(['国防部'])
  })
})

describe('a cabinet standing alone is a bare body, but not in the title of one state’s head', () => {
  it.each([
    ['内阁发表声明', [['内阁', '内阁']]],
    ['某某与内阁总理大臣会谈', []],
    ['第三次内阁成员如下', []] // one of the cabinets by its count, not the body
  ])('%s', (text, expected) => expect(run(bareBodyCandidates, text)).toEqual(expected))
})

describe('the state of a page’s person: the one its lead names most', () => {
  it.each([
    [['蒙古', '泰国', '泰国'], '泰国'], // a place of birth named once first
    [['泰国', '蒙古'], '泰国'], // as often: the first
    [['蒙古'], '蒙古'],
    [[], undefined]
  ])('%j → %s', (states, expected) => expect(leadState(states)).toBe(expected))
})
