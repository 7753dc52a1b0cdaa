import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Section} from '../../src/core/types.js'
import {dayFromDocument} from '../../src/time/evidence/dayEvidence.js'
import {anchorFromDocument, anchorFromSection} from '../../src/time/evidence/yearEvidence.js'
import {resolveTimes} from '../../src/time/resolveTimes.js'
import {scanChineseTimes} from '../../src/time/scanChineseTimes.js'
import {enclosingSections, locateMentions, type Story} from '../../src/time/story.js'
import {beforeOffset, beforeParagraph, beforeSentence, firstWithin, previous} from '../../src/time/walks.js'
import type {ResolvedValue} from '../../src/time/timeTypes.js'

// The walks over the expressions stop early, search, and keep running tallies: each gives what the plain
// walk over all of them gives, on made-up texts of dates, sentences and paragraphs.

const piece = fc.constantFrom('1998年', '2001年3月', '5月', '12日', '4月27日', '次日', '当天', '同年8月', '他曾于1970年留学', '访问甲国', '。', '，', '\n', '\n\n')
const texts = fc.array(piece, {minLength: 1, maxLength: 40}).map((parts) => parts.join(''))

/** A story of the text, every expression resolved as the tagger resolves it (the walks read those before their place). */
function storyOf(text: string, sections: Section[] = []): Story {
  const characters = [...text]
  const mentions = locateMentions(text, characters, scanChineseTimes(text))
  const resolved = resolveTimes(text, scanChineseTimes(text), sections)
  const values = mentions.map((mention): ResolvedValue | undefined => {
    const time = resolved.find((candidate) => candidate.start === mention.start)
    if (!time) return undefined
    const [year, month, day] = time.value
      .split('/')[0]!
      .split('-')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : undefined))
    return {from: {...(year === undefined ? {} : {year}), ...(month === undefined ? {} : {month}), ...(day === undefined ? {} : {day})}}
  })
  return {characters, mentions, sections, values}
}

describe('walks back over the expressions', () => {
  it('stop where no earlier expression can be accepted, and find what the whole walk finds', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, seed) => {
        const story = storyOf(text)
        for (let index = 0; index < story.mentions.length; index++) {
          const self = story.mentions[index]!
          const start = story.mentions[seed % story.mentions.length]!.start
          const pairs: Array<[(at: number) => boolean, (at: number) => boolean]> = [
            [(at) => story.mentions[at]!.sentence === self.sentence && story.mentions[at]!.paragraph === self.paragraph, beforeSentence(story, index)],
            [(at) => story.mentions[at]!.paragraph === self.paragraph && story.values[at]?.from.year !== undefined, beforeParagraph(story, index)],
            [(at) => story.mentions[at]!.paragraph === self.paragraph - 1, beforeParagraph(story, index, 1)],
            [(at) => story.mentions[at]!.start >= start && story.values[at]?.from.month !== undefined, beforeOffset(story, start)]
          ]
          for (const [accept, stop] of pairs) expect(previous(story, index, accept, stop)).toBe(previous(story, index, accept))
        }
      })
    )
  })

  it('search from the first expression of a span, as findIndex over all of them', () => {
    fc.assert(
      fc.property(texts, fc.nat(60), fc.nat(30), (text, start, width) => {
        const story = storyOf(text)
        const accept = (at: number) => story.values[at]?.from.year !== undefined
        for (let index = 0; index <= story.mentions.length; index++) {
          const plain = story.mentions.findIndex((mention, position) => position < index && mention.start >= start && mention.end <= start + width && accept(position))
          expect(firstWithin(story, index, start, start + width, accept)).toBe(plain)
        }
      })
    )
  })

  it('keep running tallies that give what a count from the start gives', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const length = [...text].length
        const half = Math.floor(length / 2)
        const sections: Section[] = [
          {name: 'a', depth: 2, start: 0, end: half, children: []},
          {name: 'b', depth: 2, start: half, end: length, children: []}
        ]
        const story = storyOf(text, sections)
        for (const evidence of [anchorFromSection, anchorFromDocument, dayFromDocument]) {
          // In order on one story (the tally grows), and each alone on a story of its own (counted from the start).
          const walked = story.mentions.map((_, index) => evidence(story, index))
          const alone = story.mentions.map((_, index) => evidence({...story}, index))
          expect(walked).toEqual(alone)
        }
      })
    )
  })
})

describe('enclosingSections', () => {
  it('finds the sections holding an offset, innermost first, as a search of every one does', () => {
    const inner: Section = {name: 'b1', depth: 3, start: 12, end: 18, children: []}
    const sections: Section[] = [
      {name: 'a', depth: 2, start: 0, end: 10, children: []},
      {name: 'b', depth: 2, start: 10, end: 20, children: [inner, {name: 'b2', depth: 3, start: 18, end: 20, children: []}]},
      {name: 'c', depth: 2, start: 25, end: 25, children: []},
      {name: 'd', depth: 2, start: 25, end: 30, children: []}
    ]
    const plain = (level: Section[], offset: number): Section[] => {
      const holding = level.find((section) => section.start <= offset && offset < section.end)
      return holding ? [...plain(holding.children, offset), holding] : []
    }
    for (let offset = -1; offset <= 31; offset++) expect(enclosingSections(sections, offset)).toEqual(plain(sections, offset))
    expect(enclosingSections(sections, 13).map((section) => section.name)).toEqual(['b1', 'b'])
  })

  it('searches overlapping sections in turn, the first holding one first', () => {
    const sections: Section[] = [
      {name: 'a', depth: 2, start: 0, end: 10, children: []},
      {name: 'b', depth: 2, start: 5, end: 15, children: []}
    ]
    expect(enclosingSections(sections, 7).map((section) => section.name)).toEqual(['a'])
    expect(enclosingSections(sections, 12).map((section) => section.name)).toEqual(['b'])
  })
})
