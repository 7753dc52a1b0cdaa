import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {definitions, namesOfTitle, titleNameCandidates} from '../../src/entities/rules/definedNames.js'

// Made-up leads of made-up documents, never the seeds' or the gold's.
const defined = (text: string) => definitions(foldedCharacters(text)).map(({names, canonical}) => [names.map((name) => name.surface), canonical.surface])

describe('names a text defines as one another', () => {
  it.each([
    ['《甲乙通商条约》，全称为《甲国和乙国通商航海条约》，签订于某年。', [[['甲乙通商条约', '甲国和乙国通商航海条约'], '甲乙通商条约']]],
    ['《东湖宣言》又称《西湖宣言》、《3·8宣言》是两国发表的宣言。', [[['东湖宣言', '西湖宣言', '3·8宣言'], '东湖宣言']]],
    ['《河口协定》（亦称《河口议定书》）于某年生效。', [[['河口协定', '河口议定书'], '河口协定']]],
    // The name in common use is the thing's name.
    ['《5月北城共同声明》，通称《北城共同声明》，由两国首脑签署。', [[['5月北城共同声明', '北城共同声明'], '北城共同声明']]],
    ['《北城条约》规定了边界，《南城条约》则没有。', []],
    ['他在《北城日报》。全称不详', []]
  ])('%s', (text, expected) => expect(defined(text)).toEqual(expected))
})

describe('the other names a page gives its own subject', () => {
  const title = {surface: '甲乙通商条约', type: 'Legislation' as const, name: '甲乙通商条约'}
  const names = (text: string, linked: Record<string, string> = {}, subject = title) =>
    Object.fromEntries([...namesOfTitle(foldedCharacters(text), subject, (surface) => linked[surface]).entries()].map(([surface, typing]) => [surface, typing.name]))

  it('names the full name by the title', () => expect(names('《甲乙通商条约》，全称为《甲国和乙国通商航海条约》。')).toEqual({甲国和乙国通商航海条约: '甲乙通商条约'}))
  it('names the title by the name in common use', () =>
    expect(names('《5月甲乙通商条约》，通称《甲乙通商条约》。', {}, {surface: '5月甲乙通商条约', type: 'Legislation', name: '5月甲乙通商条约'})).toEqual({'5月甲乙通商条约': '甲乙通商条约'}))
  it('says nothing of two names neither of which is the title', () => expect(names('《丙丁条约》，又称《丙丁协定》。')).toEqual({}))
  it('leaves a name the batch links to another page to that page', () => expect(names('《甲乙通商条约》又称《乙甲通商条约》、《甲国和乙国通商航海条约》。', {乙甲通商条约: '乙甲通商条约'})).toEqual({甲国和乙国通商航海条约: '甲乙通商条约'}))
  it('finds every place the text writes such a name', () => {
    const text = '《甲乙通商条约》，全称为《甲国和乙国通商航海条约》。《甲国和乙国通商航海条约》规定'
    const folded = foldedCharacters(text)
    expect(
      titleNameCandidates(
        folded,
        namesOfTitle(folded, title, () => undefined)
      ).map((candidate) => [candidate.start, candidate.end, candidate.name])
    ).toEqual([
      [13, 24, '甲乙通商条约'],
      [27, 38, '甲乙通商条约']
    ])
  })
})
