import {describe, expect, it} from 'vitest'
import type {LexiconEntry} from '../../src/entities/buildLexicon.js'
import type {EntityMention} from '../../src/entities/entityTypes.js'
import {resolveLinkedBodies} from '../../src/entities/rules/linkedBodies.js'

// Made-up bodies and a made-up batch lexicon.
const lexicon = new Map<string, LexiconEntry>([
  ['蒙古人民武力部', {type: 'GovernmentOrganization', name: '蒙古人民武装力量部', sameAs: 'https://zh.wikipedia.org/wiki/蒙古人民武装力量部'}],
  ['蒙古日报', {type: 'Organization', name: '蒙古日报'}],
  ['蒙古新闻', {type: 'Place', name: '蒙古新闻大楼'}],
  ['草原电视台', {type: 'Organization', name: '草原电视台', sameAs: 'https://zh.wikipedia.org/wiki/草原电视台'}],
  ['外务省', {type: 'GovernmentOrganization', name: '外务省'}]
])
const mention = (name: string, type: EntityMention['type'] = 'GovernmentOrganization', source: EntityMention['source'] = 'rule'): EntityMention => ({start: 0, end: 1, exact: name, type, name, source})

describe('a body a rule named with a name the batch’s links give a page is that page’s', () => {
  it.each([
    [mention('蒙古人民武力部'), '蒙古人民武装力量部'],
    [mention('蒙古日报', 'Organization'), '蒙古日报'], // the page's own name
    [mention('蒙古新闻', 'Organization'), '蒙古新闻'], // a page of another type is something else
    [mention('蒙古人民武力部', 'GovernmentOrganization', 'link'), '蒙古人民武力部'], // a link names its own page
    [mention('蒙古草原电视台', 'Organization'), '草原电视台'], // its state before a page's title that names none
    [mention('蒙古外务省'), '蒙古外务省'] // a bare organ is any state's
  ])('%o', (found, expected) => {
    resolveLinkedBodies([found], lexicon)
    expect(found.name).toBe(expected)
  })
  it('takes the page as its sameAs', () => {
    const found = mention('蒙古人民武力部')
    resolveLinkedBodies([found], lexicon)
    expect(found.sameAs).toBe('https://zh.wikipedia.org/wiki/蒙古人民武装力量部')
  })
})
