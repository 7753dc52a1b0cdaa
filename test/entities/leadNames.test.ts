import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {namesInLead} from '../../src/entities/rules/leadNames.js'

// Made-up leads of made-up pages, never the seeds' or the gold's.
const summit = {surface: '2030年东城峰会', type: 'Event' as const, name: '2030年东城峰会'}
const names = (text: string, title: {surface: string; type: 'Event' | 'Person'; name: string} = summit, linked: Record<string, string> = {}) =>
  Object.fromEntries([...namesInLead(foldedCharacters(text), title, (surface) => linked[surface]).entries()].map(([surface, typing]) => [surface, typing.name]))

describe('the other names a page’s lead gives its own subject without 《》', () => {
  it.each([
    ['2030年东城峰会，亦称甲乙峰会，简称甲乙会，是两国首脑的会晤。', {甲乙峰会: '2030年东城峰会', 甲乙会: '2030年东城峰会'}],
    ['2030年东城峰会，常称「丙丁会」，是指两国首脑的会晤。', {丙丁会: '2030年东城峰会'}],
    ['2030年東城峰會或稱甲乙會晤，為兩國首次會晤。', {甲乙会晤: '2030年东城峰会'}], // traditional script, no comma
    ['2030年东城峰会（简称东城会）于某日举行。', {东城会: '2030年东城峰会'}],
    // Not the lead: another sentence's 简称 is about something else.
    ['2030年东城峰会是两国首脑的会晤。甲乙委员会，简称甲乙委。', {}],
    // Not the title where the text starts.
    ['据报道，2030年东城峰会，亦称甲乙峰会。', {}],
    // No defining word: a clause of its own.
    ['2030年东城峰会，两国首脑出席。', {}]
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected))

  it('leaves a person’s other names to the alias rules', () => expect(names('王甲，亦称王乙，是某国官员。', {surface: '王甲', type: 'Person', name: '王甲'})).toEqual({}))
  it('leaves a name the batch links to a page of its own to that page', () => expect(names('2030年东城峰会，亦称甲乙峰会，简称甲乙会。', summit, {甲乙峰会: '甲乙峰会系列'})).toEqual({甲乙会: '2030年东城峰会'}))
})
