import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {limitNesting, MAX_NESTING_DEPTH} from '../../src/io/limitNesting.js'

const DEEP = 20_000

describe('limitNesting cuts nesting beyond the limit and keeps the text', () => {
  it.each([
    ['`> ` quotes', `# T\n\n${'> '.repeat(DEEP)}kept words\n`, 'Markdown containers (> quotes, list markers)', '> '],
    ['`- ` list markers', `${'- '.repeat(DEEP)}kept words\n`, 'Markdown containers (> quotes, list markers)', '- '],
    ['`1. ` list markers', `${'1. '.repeat(DEEP)}kept words\n`, 'Markdown containers (> quotes, list markers)', '1. '],
    ['indentation', `- a\n${' '.repeat(DEEP)}- kept words\n`, 'indentation', ' '],
    ['<div> elements', `${'<div>'.repeat(DEEP)}<p>kept words</p>${'</div>'.repeat(DEEP)}`, 'HTML elements', '<div>']
  ])('%s', (_name, text, what, unit) => {
    const limited = limitNesting(text)
    expect(limited.text).toContain('kept words')
    expect(limited.cuts.map((cut) => cut.what)).toEqual([what])
    const longestRun = Math.max(...(limited.text.match(new RegExp(`(?:${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})+`, 'g')) ?? ['']).map((run) => run.length / unit.length))
    expect(longestRun).toBeLessThanOrEqual(2 * MAX_NESTING_DEPTH)
    expect(limited.cuts[0]!.line).toBeGreaterThan(0)
  })

  it('keeps closing tags balanced with the opening tags it keeps', () => {
    const limited = limitNesting(`${'<div>'.repeat(DEEP)}x${'</div>'.repeat(DEEP)}`)
    expect(limited.text).toBe(`${'<div>'.repeat(MAX_NESTING_DEPTH)}x${'</div>'.repeat(MAX_NESTING_DEPTH)}`)
  })

  it('does not count elements whose end tag is optional (unclosed <p> and <li> are normal)', () => {
    const text = '<p>a'.repeat(500)
    expect(limitNesting(text)).toEqual({text, cuts: []})
  })

  it('leaves the seeds untouched', () => {
    const folder = new URL('../../input/', import.meta.url)
    for (const name of readdirSync(folder)) {
      const text = readFileSync(new URL(name, folder), 'utf8')
      expect(limitNesting(text).cuts, name).toEqual([])
    }
  })
})
