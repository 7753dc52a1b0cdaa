import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {prefixesOfKeys, properPrefixes} from '../../src/entities/namePrefixes.js'
import {dictionaryCandidates} from '../../src/entities/rules/dictionary.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {staticNames} from '../../src/entities/staticNames.js'
import type {EntityType} from '../../src/entities/entityTypes.js'
import type {Lexicon} from '../../src/entities/buildLexicon.js'

describe('properPrefixes', () => {
  it('holds every shorter start of each name, not the names themselves', () => {
    expect([...properPrefixes(['朝鲜', '朝鲜半岛'])].sort()).toEqual(['朝', '朝鲜', '朝鲜半'])
    expect(properPrefixes(['ab']).has('ab')).toBe(false)
  })

  it('cuts at every UTF-16 unit, so a name beyond the BMP is reached through its halves', () => {
    const prefixes = properPrefixes(['𠀀国'])
    expect(prefixes.has('𠀀')).toBe(true)
    expect(prefixes.has('𠀀'.slice(0, 1))).toBe(true)
  })
})

describe('prefixesOfKeys', () => {
  it('reads a map once while its size stays the same', () => {
    const names = new Map([['甲乙丙', 1]])
    expect(prefixesOfKeys(names)).toBe(prefixesOfKeys(names))
  })

  it('reads a map again once it gained a name', () => {
    const names = new Map([['甲乙丙', 1]])
    expect(prefixesOfKeys(names).has('丁')).toBe(false)
    names.set('丁戊', 2)
    expect(prefixesOfKeys(names).has('丁')).toBe(true)
  })
})

/** The scan the prefixes replaced: every length up to the longest name at every start. */
function everyLength(folded: string[], lexicon: Lexicon, documentNames: Map<string, {type: EntityType; name: string}>): Array<Pick<Candidate, 'start' | 'end' | 'source' | 'name'>> {
  const found: Array<Pick<Candidate, 'start' | 'end' | 'source' | 'name'>> = []
  for (let start = 0; start < folded.length; start++) {
    let best: number | undefined
    for (let end = start + 2; end <= Math.min(folded.length, start + 24); end++) {
      const surface = folded.slice(start, end).join('')
      if (lexicon.has(surface) || documentNames.has(surface) || staticNames.has(surface)) best = end
    }
    if (best === undefined) continue
    const surface = folded.slice(start, best).join('')
    if ((/[A-Za-z0-9]/.test(folded[start]!) && /[A-Za-z0-9]/.test(folded[start - 1] ?? '')) || (/[A-Za-z0-9]/.test(folded[best - 1]!) && /[A-Za-z0-9]/.test(folded[best] ?? ''))) continue
    const entry = lexicon.get(surface)
    const local = documentNames.get(surface)
    const source = entry ? 'lexicon' : local ? 'document' : 'gazetteer'
    found.push({start, end: best, source, name: entry?.name ?? local?.name ?? staticNames.get(surface)!.name})
  }
  return found
}

describe('dictionaryCandidates with the prefixes', () => {
  it('finds what the scan of every length finds', () => {
    const alphabet = ['甲', '乙', '丙', 'A', '1', '𠀀', '朝', '鲜', '韩', '国']
    const word = fc.array(fc.constantFrom(...alphabet), {minLength: 2, maxLength: 5}).map((characters) => characters.join(''))
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 40}), fc.array(word, {maxLength: 6}), fc.array(word, {maxLength: 4}), (folded, linked, local) => {
        const lexicon: Lexicon = new Map(linked.map((name) => [name, {type: 'Organization', name: `L${name}`}]))
        const documentNames = new Map(local.map((name) => [name, {type: 'Person' as EntityType, name: `D${name}`}]))
        const found = dictionaryCandidates(folded, lexicon, documentNames).map(({start, end, source, name}) => ({start, end, source, name}))
        expect(found).toEqual(everyLength(folded, lexicon, documentNames))
      })
    )
  })
})
