import {describe, expect, it} from 'vitest'
import {highlightLine} from '../../src/report/highlightLine.js'
import {html} from '../../src/report/html.js'
import type {TextAnnotation} from '../../src/report/model.js'
import {sentenceAround, textLines} from '../../src/report/textLines.js'

const annotation = (kind: TextAnnotation['kind'], start: number, end: number, value = 'v'): TextAnnotation => ({
  fragment: `${kind}-${start}-${end}`,
  kind,
  start,
  end,
  exact: '',
  value
})
const describe_ = (a: TextAnnotation) => html`${a.kind} ${a.value}`

describe('document text highlighting', () => {
  it('counts offsets in code points and splits lines at newlines', () => {
    const lines = textLines('𠀀甲乙\n\n丙<丁>')
    expect(lines.map((line) => [line.start, line.end])).toEqual([
      [0, 3],
      [5, 9]
    ])
  })

  it('marks an annotation focusable with its value and escapes the text', () => {
    const [line] = textLines('丙<丁>')
    const out = highlightLine(line!, [annotation('time', 1, 3, '2018-04-27')], describe_, new Set()).value
    expect(out).toBe(
      '丙<mark class="hl hl-time" id="time-1-3" tabindex="0" aria-describedby="tip-time-1-3" data-kind="time" data-value="2018-04-27">' + '<span class="tip" role="tooltip" id="tip-time-1-3">time 2018-04-27</span>&lt;丁</mark>&gt;'
    )
  })

  it('nests contained annotations and splits crossing ones, keeping one focus stop each', () => {
    const [line] = textLines('abcdef')
    const annotations = [annotation('mention', 0, 4), annotation('link', 0, 4), annotation('time', 2, 6)]
    const out = highlightLine(line!, annotations, describe_, new Set()).value
    expect(out.match(/tabindex="0"/g)).toHaveLength(3)
    expect(out.match(/<mark/g)?.length).toBe(out.match(/<\/mark>/g)?.length)
    expect(out).toContain('<mark class="hl hl-time hl-cont">ef</mark>')
  })

  it('gives the sentence around a mention', () => {
    const [line] = textLines('第一句。金桂冠率团出席会谈！第三句')
    expect(sentenceAround(line!, 4, 7)).toEqual({before: '', match: '金桂冠', after: '率团出席会谈！'})
  })
})
