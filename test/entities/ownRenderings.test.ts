import {describe, expect, it} from 'vitest'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {foldedCharacters} from '../../src/entities/rules/candidate.js'
import {nameOwnRenderings, ownRenderings} from '../../src/entities/rules/ownRenderings.js'

// Made-up names, never the seeds' or the gold's.
const alias = (start: number, end: number, name: string): Candidate => ({start, end, type: 'Person', name, source: 'document'})

describe('the renderings a page gives its own person name that person everywhere', () => {
  const text = foldedCharacters('朴甲乙，大陆译作朴丙丁。李某见了朴丙丁。')
  it('collects only the page person’s renderings', () => {
    expect([...ownRenderings([alias(8, 11, '朴甲乙'), alias(16, 19, '李某某')], text, '朴甲乙')]).toEqual([['朴丙丁', '朴甲乙']])
    expect(ownRenderings([alias(8, 11, '朴甲乙')], text, undefined).size).toBe(0) // not a person's page
  })

  it.each([
    [{exact: '朴丙丁', type: 'Person', name: '朴丙丁'}, '朴甲乙'],
    [{exact: '樸丙丁', type: 'Person', name: '樸丙丁'}, '朴甲乙'], // traditional script, folded
    [{exact: '朴丙丁', type: 'Place', name: '朴丙丁'}, '朴丙丁'] // not a person: left alone
  ])('%o', (mention, expected) => {
    nameOwnRenderings([mention], new Map([['朴丙丁', '朴甲乙']]))
    expect(mention.name).toBe(expected)
  })
})
