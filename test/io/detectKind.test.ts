import {readdirSync, readFileSync} from 'node:fs'
import {hasCorpus} from '../helpers/corpus.js'
import {describe, expect, it} from 'vitest'
import type {SourceKind} from '../../src/core/types.js'
import {decodeSource} from '../../src/io/decodeSource.js'
import {detectKind} from '../../src/io/detectKind.js'

const input = new URL('../../input/', import.meta.url)
// /work/shared sits beside the repository.
const corpus = new URL('../../../shared/corpus/', import.meta.url)
const fixtures = new URL('../fixtures/', import.meta.url)

const kindOf = (url: URL): SourceKind => detectKind(decodeSource(readFileSync(url)).text)
const filesIn = (dir: URL): string[] => readdirSync(dir).sort()

describe('detectKind on the seeds', () => {
  const seeds: Array<[string, SourceKind]> = [
    ['000_cfe1157ed7f64661.txt', 'wiki'],
    ['001_93568b05bcb00704.txt', 'wiki'],
    ['002_81916d54a5620362.txt', 'news'],
    ['003_79253318ac80a605.txt', 'pdf'],
    ['004_8b28bf2e2f96db07.txt', 'wiki']
  ]
  it.each(seeds)('%s is %s', (name, kind) => {
    expect(kindOf(new URL(name, input))).toBe(kind)
  })
})

describe.skipIf(!hasCorpus)('detectKind on the shared corpus', () => {
  const cases: Array<[string, SourceKind]> = !hasCorpus
    ? [['none', 'wiki']]
    : [
        ...filesIn(new URL('zhwiki/', corpus)).map((f): [string, SourceKind] => [`zhwiki/${f}`, 'wiki']),
        ...filesIn(new URL('pdf/', corpus)).map((f): [string, SourceKind] => [`pdf/${f}`, 'pdf']),
        ...filesIn(new URL('en/', corpus)).map((f): [string, SourceKind] => [`en/${f}`, 'markdown'])
      ]
  it('has files to check', () => {
    expect(cases.length).toBeGreaterThan(0)
  })
  it.each(cases)('%s is %s', (name, kind) => {
    expect(kindOf(new URL(name, corpus))).toBe(kind)
  })
})

describe('detectKind on small fixtures', () => {
  it('recognizes generic Markdown without front matter', () => {
    expect(kindOf(new URL('io-markdown/input.md', fixtures))).toBe('markdown')
  })

  it('recognizes plain prose as text, even when hard-wrapped', () => {
    expect(kindOf(new URL('io-text/input.txt', fixtures))).toBe('text')
  })

  it('recognizes a wiki page by its converter header alone', () => {
    expect(detectKind('> 本文内容由[六方会谈](https://zh.wikipedia.org/wiki/六方会谈)转换而来。\n\n六方会谈是一系列谈判。\n')).toBe('wiki')
  })

  it('recognizes a fragment made of HTML blocks as news', () => {
    expect(detectKind('<div><b>北京</b>：会谈开始。</div>\n<div><img src="a.jpg"><br>会谈结束。</div>\n')).toBe('news')
  })

  it('treats empty text as text', () => {
    expect(detectKind('')).toBe('text')
  })
})
