import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pipelines} from '../../pipelines/index.js'
import {ingestSource, succeeded} from '../../src/run/processSource.js'
import {processText, slice} from '../helpers/process.js'

// Pieces of the markup the pipelines read, mixed with arbitrary text.
const markup = fc.constantFrom(
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '[',
  '](',
  ')',
  '<div>',
  '</div>',
  '<p>',
  '**',
  '`',
  '\n',
  '\n\n',
  '---\n',
  '|',
  '{{',
  '}}',
  '[[',
  ']]',
  '<!-- 1528000000000 -->',
  '2018年4月27日',
  'File:',
  'javascript:',
  '&amp;',
  '\t',
  '\r\n'
)
const pieces = fc.array(fc.oneof(markup, fc.string({unit: 'grapheme', maxLength: 8}), fc.string({unit: 'binary', maxLength: 4})), {maxLength: 40})

describe('ingest never throws', () => {
  it('on random Unicode and markup', async () => {
    await fc.assert(
      fc.asyncProperty(pieces, async (parts) => {
        const file = await ingestSource({sourceName: 'random.txt', stem: 'random', bytes: new TextEncoder().encode(parts.join(''))}, pipelines)
        // Either a result or a named failure, never an exception.
        if (!succeeded(file)) expect(file.messages.find((message) => message.fatal)?.ruleId).toBeTruthy()
      }),
      {numRuns: 150}
    )
  }, 120_000)

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({maxLength: 400}), async (bytes) => {
        const file = await ingestSource({sourceName: 'bytes.bin', stem: 'bytes', bytes}, pipelines)
        if (!succeeded(file)) expect(file.messages.find((message) => message.fatal)?.ruleId).toBeTruthy()
      }),
      {numRuns: 150}
    )
  }, 120_000)
})

describe('annotation offsets select their quote', () => {
  // Astral characters (emoji, CJK extension B) before and between dates shift UTF-16 offsets but not code points.
  const astral = fc.constantFrom('😀', '𠀀', '𝄞', '𪚥', '🇰🇷')
  const sentence = fc.tuple(fc.array(astral, {maxLength: 3}), fc.constantFrom('2018年4月27日', '2000年6月13日至15日', '同年9月', '朝鲜', '韩国', '板门店'), fc.array(astral, {maxLength: 2}))
  it('also with characters outside the BMP', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, {minLength: 1, maxLength: 6}), async (sentences) => {
        const body = sentences.map(([before, words, after]) => `${before.join('')}${words}举行会谈${after.join('')}。`).join('')
        const file = await processText('text', `标题\n\n${body}\n`)
        const record = JSON.parse(String(file.value))
        const text = record['@graph'][0].text as string
        let annotations = 0
        for (const node of record['@graph']) {
          const selectors = node['oa:hasTarget']?.['oa:hasSelector']
          if (!selectors) continue
          annotations++
          expect(slice(text, selectors[0]['oa:start'], selectors[0]['oa:end'])).toBe(selectors[1]['oa:exact'])
        }
        expect(annotations).toBeGreaterThan(0)
      }),
      {numRuns: 25}
    )
  }, 180_000)
})
