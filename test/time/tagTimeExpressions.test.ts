import {afterEach, describe, expect, it, vi} from 'vitest'
import type {SourceKind} from '../../src/core/types.js'
import {processText, readFixture, slice} from '../helpers/process.js'

interface Expected {
  exact: string
  value: string
  mod?: string
}

async function timesOf(kind: SourceKind, input: string) {
  const file = await processText(kind, readFixture(input))
  const text = file.data.text!
  for (const time of file.data.times!) expect(slice(text, time.start, time.end)).toBe(time.exact)
  return file.data.times!.map(({exact, value, mod}) => (mod ? {exact, value, mod} : {exact, value}))
}

const expected = (name: string) => JSON.parse(readFixture(`${name}/expected.json`)) as Expected[]

describe('time expressions', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('normalizes full, partial, spaced and Chinese-numeral dates, and leaves URLs alone', async () => {
    expect(await timesOf('text', 'time-dates/input.txt')).toEqual(expected('time-dates'))
  })

  it('reads ranges as one interval, also with a partial second half and open ends', async () => {
    expect(await timesOf('pdf', 'time-ranges/input.txt')).toEqual(expected('time-ranges'))
  })

  it('takes missing years from the section heading', async () => {
    expect(await timesOf('markdown', 'time-heading-year/input.md')).toEqual(expected('time-heading-year'))
  })

  it('takes missing years from the chronology’s year lines', async () => {
    expect(await timesOf('pdf', 'time-chronology-year/input.txt')).toEqual(expected('time-chronology-year'))
  })

  it('takes missing years from the news block heading and resolves 次日', async () => {
    expect(await timesOf('news', 'time-news-heading-year/input.html')).toEqual(expected('time-news-heading-year'))
  })

  it('resolves relative expressions against the date they follow', async () => {
    expect(await timesOf('text', 'time-relative/input.txt')).toEqual(expected('time-relative'))
  })

  it('gives parts of years and months, seasons, halves, quarters, decades and centuries', async () => {
    expect(await timesOf('text', 'time-fuzzy/input.txt')).toEqual(expected('time-fuzzy'))
  })

  it('never reads durations, counts or document names as dates', async () => {
    expect(await timesOf('text', 'time-not-dates/input.txt')).toEqual(expected('time-not-dates'))
  })

  it('tags English text through compromise with the same normalization', async () => {
    expect(await timesOf('markdown', 'time-english/input.md')).toEqual(expected('time-english'))
  })

  it('keeps a year no context gives unspecified, whatever the clock says', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2031-03-04T00:00:00Z'))
    const first = await timesOf('text', 'time-unresolved/input.txt')
    vi.setSystemTime(new Date('1999-12-31T00:00:00Z'))
    const second = await timesOf('text', 'time-unresolved/input.txt')
    expect(first).toEqual(expected('time-unresolved'))
    expect(second).toEqual(first)
  })

  it('records the expression a relative one was anchored to', async () => {
    const file = await processText('text', readFixture('time-relative/input.txt'))
    const times = file.data.times!
    const nextDay = times.find((time) => time.exact === '翌日')!
    expect(nextDay.resolution).toBe('relative')
    expect(times[nextDay.anchor!]!.exact).toBe('前一天')
  })
})
