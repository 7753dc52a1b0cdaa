import {describe, expect, it} from 'vitest'
import {foldSpacedLine, foldSpacedRuns} from '../../src/pdf/foldSpacedText.js'
import {joinLines} from '../../src/pdf/joinLines.js'
import {displayWidth, typicalLineWidth} from '../../src/pdf/lineWidth.js'
import {sourceLines} from '../../src/pdf/sourceLines.js'

describe('displayWidth', () => {
  it('counts CJK and full-width characters 2, others 1', () => {
    expect(displayWidth('朝鲜（DPRK）2019')).toBe(2 * 2 + 2 + 4 + 2 + 4)
  })

  it('counts curly quotes 2 among Chinese and 1 among Latin text', () => {
    expect(displayWidth('“和平”')).toBe(8)
    expect(displayWidth('“peace”')).toBe(7)
  })
})

describe('typicalLineWidth', () => {
  it('is a high percentile, not pulled down by short lines', () => {
    expect(typicalLineWidth([10, 70, 72, 72, 72, 72, 72, 72, 74, 74, 90])).toBe(74)
  })
})

describe('foldSpacedLine', () => {
  it('folds a line of letter-spaced CJK characters', () => {
    expect(foldSpacedLine(' 摘 要 ')).toBe('摘要')
    expect(foldSpacedLine('结 论')).toBe('结论')
  })

  it('leaves other lines alone', () => {
    expect(foldSpacedLine('2017 年')).toBeUndefined()
    expect(foldSpacedLine('背景')).toBeUndefined()
  })
})

describe('foldSpacedRuns', () => {
  it('folds runs of at least three single CJK characters', () => {
    expect(foldSpacedRuns('5 月 14 日 朝 鲜 发 射 Hwasong-12 IRBM')).toBe('5 月 14 日 朝鲜发射 Hwasong-12 IRBM')
  })

  it('keeps spaces between digits and CJK and shorter runs', () => {
    expect(foldSpacedRuns('在 2019 年年初')).toBe('在 2019 年年初')
    expect(foldSpacedRuns('韩 国总统')).toBe('韩 国总统')
  })
})

describe('joinLines', () => {
  const line = (text: string, trailingSpace = false) => ({text, trailingSpace})

  it('joins CJK without a space and Latin words with one', () => {
    expect(joinLines([line('朝鲜半岛的和平'), line('关系')])).toBe('朝鲜半岛的和平关系')
    expect(joinLines([line('took place in'), line('Singapore.')])).toBe('took place in Singapore.')
  })

  it('keeps the space the source had between a number and CJK', () => {
    expect(joinLines([line('俄罗斯政府在 2016', true), line('年美国总统大选')])).toBe('俄罗斯政府在 2016 年美国总统大选')
    expect(joinLines([line('进口量削减', true), line('90％')])).toBe('进口量削减 90％')
    expect(joinLines([line('追溯到 2011'), line('年12月')])).toBe('追溯到 2011年12月')
  })

  it('collapses layout gaps inside a line', () => {
    expect(joinLines([line('7 月 6 日    文在寅')])).toBe('7 月 6 日 文在寅')
  })
})

describe('sourceLines', () => {
  it('drops blank lines, form feeds and page numbers and keeps positions', () => {
    const lines = sourceLines('第一行\n\n11 \n\f第二行 \n')
    expect(lines.map((line) => [line.line, line.text, line.startColumn, line.endColumn, line.trailingSpace])).toEqual([
      [1, '第一行', 1, 4, false],
      [4, '第二行', 2, 5, true]
    ])
    expect(lines[1]?.startOffset).toBe(10)
  })
})
