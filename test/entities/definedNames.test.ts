import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {datedNamesInBrackets, definitions, namesOfTitle, titleKindCandidates, titleNameCandidates} from '../../src/entities/rules/definedNames.js'

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

describe('a document’s name by date in brackets right after another of its names', () => {
  const names = (text: string, linked: Record<string, string> = {}) => Object.fromEntries([...datedNamesInBrackets(foldedCharacters(text), (surface) => linked[surface]).entries()].map(([surface, typing]) => [surface, typing.name]))

  it.each([
    ['会议通过了《第二轮湖滨会谈联合声明》（即《4·7联合声明》），', {第二轮湖滨会谈联合声明: '4·7联合声明'}],
    ['通过了《落实联合声明初步措施》（《3·5共同文件》）', {落实联合声明初步措施: '3·5共同文件'}],
    ['制定了《落实联合声明后续措施》共同文件（《8·2共同文件》）。', {落实联合声明后续措施: '8·2共同文件'}], // a head noun between
    ['签署了《湖滨协定》（《湖滨议定书》）', {}], // neither is dated: no evidence of which is the name
    ['《湖滨协定》于（2001年）生效', {}]
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected))

  it('leaves a name the batch links to a page of its own to that page', () => expect(names('《第二轮湖滨会谈联合声明》（即《4·7联合声明》）', {第二轮湖滨会谈联合声明: '第二轮湖滨会谈联合声明'})).toEqual({}))
})

describe('a document’s kind alone in 《》 on the page of a document of that kind', () => {
  const found = (text: string, title?: {type: 'Legislation' | 'Event'; name: string}) => titleKindCandidates(foldedCharacters(text), title).map((candidate) => [[...text].slice(candidate.start, candidate.end).join(''), candidate.name])
  it.each([
    ['在《宣言》签署一周年之际', {type: 'Legislation' as const, name: '东湖共同宣言'}, [['宣言', '东湖共同宣言']]],
    ['《条约》第三条规定', {type: 'Legislation' as const, name: '甲乙通商条约'}, [['条约', '甲乙通商条约']]],
    ['会议发表了《主席声明》', {type: 'Legislation' as const, name: '东湖共同宣言'}, []], // another kind: not the page's
    ['在《宣言》签署一周年之际', {type: 'Event' as const, name: '东湖会谈'}, []], // the page is no document
    ['在《宣言》签署一周年之际', undefined, []]
  ])('%s', (text, title, expected) => expect(found(text, title)).toEqual(expected))
})
