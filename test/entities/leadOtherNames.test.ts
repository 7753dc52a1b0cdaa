import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {leadOtherNames} from '../../src/entities/rules/leadOtherNames.js'

// Made-up leads of a page about 金光洙.
const names = (text: string, pagePerson: string | undefined = '金光洙') => {
  const folded = foldedCharacters(text)
  return leadOtherNames(folded, pagePerson).map((candidate) => [folded.slice(candidate.start, candidate.end).join(''), candidate.name])
}

describe('the other names a person page gives its person in its lead', () => {
  it.each([
    [
      '金光洙，江原道人，字子川，号青溪，朝鲜军人。',
      [
        ['子川', '金光洙'],
        ['青溪', '金光洙']
      ]
    ],
    [
      '金光洙朝鲜人，原名金乐洙，别名金洪洙、金洙，化名罗东洙，将领。',
      [
        ['金乐洙', '金光洙'],
        ['金洪洙', '金光洙'],
        ['金洙', '金光洙'],
        ['罗东洙', '金光洙']
      ]
    ],
    [
      '金光洙，號青溪（청계）、青山（청산），朝鲜作家。', // traditional 號, a bracket after each name
      [
        ['青溪', '金光洙'],
        ['青山', '金光洙']
      ]
    ],
    ['金光洙\n\n金光洙，字子川，政治人物。', [['子川', '金光洙']]], // after a heading line of the title
    ['金光洙，政治人物。1950年，他化名罗东洙潜入汉城。', []], // after the lead sentence
    ['金光洙，政治人物，文字改革的倡导者。', []], // 字 inside a word, not after a clause's start
    ['据报道，金光洙字子川。', []] // the lead does not start with the person
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected))

  it('reads nothing on a page about no person', () => expect(names('青山，江原道人，字子川。', undefined)).toEqual([]))
})
