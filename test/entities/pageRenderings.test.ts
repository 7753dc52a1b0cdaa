import {describe, expect, it} from 'vitest'
import {foldedCharacters} from '../../src/entities/findCandidates.js'
import {aliasCandidates} from '../../src/entities/rules/aliases.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {pageRenderings} from '../../src/entities/rules/pageRenderings.js'

// Made-up biographies: the page's person found at the text's start, the other renderings its lead gives, then the rest of the page.
function renderings(text: string, pagePerson: string | undefined): string[][] {
  const folded = foldedCharacters(text)
  const person: Candidate = {start: 0, end: [...'白泰淳'].length, type: 'Person', name: '白泰淳', source: 'document'}
  const aliases = aliasCandidates(folded, [person], pagePerson)
  return pageRenderings(folded, aliases, pagePerson).map((found) => [String(found.start), folded.slice(found.start, found.end).join(''), found.name])
}

describe("a page's other renderings of its own person name that person all over the page", () => {
  it.each([
    [
      '白泰淳，中华人民共和国译作白太顺，现任某国总理。白太顺出生于某市。',
      '白泰淳',
      [
        ['13', '白太顺', '白泰淳'],
        ['24', '白太顺', '白泰淳']
      ]
    ],
    [
      '白泰淳，又译为白台顺或白泰顺，是外交官。白台顺精通法语。',
      '白泰淳',
      [
        ['7', '白台顺', '白泰淳'],
        ['20', '白台顺', '白泰淳'],
        ['11', '白泰顺', '白泰淳']
      ]
    ],
    // No page person (a page about an event): the rule says nothing.
    ['白泰淳，又译为白台顺，是外交官。白台顺精通法语。', undefined, []],
    // Another person's other name, given later on the page, is not the page's person's.
    [`白泰淳是外交官。${'他'.repeat(80)}。白泰淳，又名白台顺。`, '白泰淳', []]
  ])('%s', (text, pagePerson, expected) => expect(renderings(text, pagePerson)).toEqual(expected))
})
