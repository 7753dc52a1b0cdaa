import {describe, expect, it} from 'vitest'
import type {EntityType} from '../../src/entities/entityTypes.js'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import {namesInLeadBrackets} from '../../src/entities/rules/bracketNames.js'

// Made-up leads: the page's title at the start, its other names in the brackets after it.
function names(text: string, title: string, type: EntityType = 'Event', linked: (surface: string) => string | undefined = () => undefined) {
  return [...namesInLeadBrackets(foldedCharacters(text), {surface: title, type, name: title}, linked).entries()].map(([surface, typing]) => [surface, typing.name])
}

describe('other names of the page’s subject in the brackets after its title', () => {
  it.each([
    [
      '草原事件（即铁锹伤人事件，甲国方面称之为“草原铁锹暴行事件”、乙国称之为“7·9草原事件”）是指……',
      '草原事件',
      [
        ['铁锹伤人事件', '草原事件'],
        ['草原铁锹暴行事件', '草原事件'],
        ['7·9草原事件', '草原事件']
      ]
    ],
    ['草原事件（又称河谷事件）是指……', '草原事件', [['河谷事件', '草原事件']]],
    // A place, a date or a language's name in the brackets is no other name of it.
    ['草原事件（发生于乌兰巴托，即1976年8月）是指……', '草原事件', []],
    ['草原事件（蒙古语：Тал）是指……', '草原事件', []],
    // Brackets elsewhere than right after the title say nothing of it.
    ['1976年的草原事件（即河谷事件）', '草原事件', []]
  ])('%s', (text, title, expected) => expect(names(text, title)).toEqual(expected))

  it('leaves a name the batch links to another page to that page', () => {
    expect(names('草原事件（即河谷事件）是指……', '草原事件', 'Event', (surface) => (surface === '河谷事件' ? '河谷惨案' : undefined))).toEqual([])
  })

  it('gives a person no names: their other names are the alias rules’', () => {
    expect(names('巴特尔事件（即巴特事件）', '巴特尔事件', 'Person')).toEqual([])
  })
})
