import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {parse} from './outline.js'

const seedPath = fileURLToPath(new URL('../../input/003_79253318ac80a605.txt', import.meta.url))
const corpusPath = fileURLToPath(new URL('../../../shared/corpus/pdf/2007年朝韩首脑会晤-report.txt', import.meta.url))
// Read only when present: a skipped suite still runs its body to collect tests.
const readIfPresent = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')

function headings(tree: Root): Array<[number, string]> {
  return tree.children.flatMap((node) => (node.type === 'heading' ? [[node.depth, toString(node)] as [number, string]] : []))
}

function paragraphs(tree: Root): string[] {
  return tree.children.flatMap((node) => (node.type === 'paragraph' ? [toString(node)] : []))
}

function allText(tree: Root): string[] {
  return tree.children.map((node) => toString(node))
}

describe.skipIf(!fs.existsSync(seedPath))('seed 003 (report, blank lines between lines, repeated page)', () => {
  const {tree, file} = parse(readIfPresent(seedPath), seedPath)

  it('finds exactly the headings of the report', () => {
    expect(headings(tree)).toEqual([
      [2, '摘要'],
      [2, '概述'],
      [2, '朝鲜：应国内需求和国际上的威胁亟需发展经济'],
      [2, '韩国：希望政府改革并与朝鲜和解'],
      [2, '美国：“美国第一”的外交政策和总统对通过外交创造历史的渴望'],
      [2, '建议：珍惜和平进程成果，防止崩溃'],
      [3, '1. 将人道主义援助与政治进程脱钩'],
      [3, '2. 无论朝美核谈判结局如何，都要消除障碍，支持朝韩关系的发展'],
      [3, '3. 美国应采取下一步措施，与朝鲜采取建立信任措施，以加强和维持谈判进程'],
      [2, '结论'],
      [2, '朝、韩、美三国外交大事年表：2017~2018 年'],
      [3, '2017 年'],
      [3, '2018 年']
    ])
  })

  it('keeps every paragraph once: none is part of another', () => {
    const texts = paragraphs(tree)
    for (const [index, text] of texts.entries()) {
      for (const [other, otherText] of texts.entries()) {
        if (index !== other) expect(otherText.includes(text), `${text} in ${otherText}`).toBe(false)
      }
    }
    const joined = texts.join('\n')
    expect(joined.split('国际非政府组织的审查权').length - 1).toBe(1)
    expect(joined.split('日协议”').length - 1).toBe(1)
  })

  it('reports each dropped copy, pointing at the first one', () => {
    expect(file.messages).toHaveLength(7)
    expect(file.messages.every((message) => message.ruleId === 'repeated-paragraph' && message.source === 'pdf-text')).toBe(true)
    expect(file.messages[0]?.reason).toBe('Dropped a paragraph repeated across a page break (first seen on line 200)')
    expect(file.messages[0]?.line).toBe(283)
    expect(file.messages.at(-1)?.reason).toBe('Dropped a paragraph repeated across a page break (first seen on line 252)')
    expect(file.messages.at(-1)?.place).toMatchObject({start: {line: 335}, end: {line: 342}})
  })

  it('re-joins paragraphs without line breaks, page numbers or form feeds', () => {
    for (const text of allText(tree)) {
      expect(text).not.toMatch(/[\n\f]/)
      expect(text).not.toMatch(/^\s*\d{1,3}\s*$/)
      expect(text).toBe(text.trim())
    }
    expect(paragraphs(tree)).toContain(
      '如果美国不明白它必须至少是一个近乎平等的身份参与谈判参与的话，那么僵局将会继续，韩国和朝鲜的民众和政府领导们将失去耐心，这一特殊的机会将被剥夺。然而，朝鲜半岛的和平关系价值太重要了，不能再等11年或更长的时间来进行下一次的外交窗口了。'
    )
    expect(paragraphs(tree).some((text) => text.includes('俄罗斯政府在 2016 年美国总统大选'))).toBe(true)
  })

  it('splits the chronology into dated entries', () => {
    const texts = paragraphs(tree)
    expect(texts).toContain('2 月 12 日 朝鲜试验新型弹道导弹 Pukguksong-2（北极星2型导弹）')
    expect(texts).toContain('5 月 14 日 朝鲜发射 Hwasong-12 IRBM')
    expect(texts).toContain('6 月 29 日至 30 日 文在寅在华盛顿特区与特朗普会面，进行首次峰会')
    expect(texts).toContain('4 月 1 日（据推测） 金正恩和蓬佩奥在平壤举行秘密会议，讨论可能举行的朝美首脑会议')
    expect(texts).toContain('9 月美国停止向美国人道主义非政府组织去访问朝鲜提供豁免')
    expect(texts).toContain('12月 22 日 联合国安理会通过第 2397 号决议，对朝鲜实施制裁，将精炼石油进口量削减 90％，并在未来 2 年内将朝鲜籍公民的工作人员驱逐出境')
    expect(texts.at(-1)).toBe('12 月 21 日 美国批准举行朝韩铁路奠基')
  })
})

describe.skipIf(!fs.existsSync(corpusPath))('2007年朝韩首脑会晤 report (form feeds, page numbers, no blank lines)', () => {
  const {tree, file} = parse(readIfPresent(corpusPath), corpusPath)

  it('finds the title and the section headings', () => {
    expect(headings(tree)).toEqual([
      [1, '2007年朝韩首脑会晤：背景、过程与成果'],
      [2, '背景'],
      [2, '提倡和落實會談'],
      [2, '會談前的準備'],
      [2, '正式會談'],
      [2, '第一天'],
      [2, '第二天'],
      [2, '第三天'],
      [2, '後續'],
      [2, '報導和評論'],
      [2, '資料來源']
    ])
  })

  it('makes the numbered declaration an ordered list and the delegation a bullet list', () => {
    const lists = tree.children.filter((node) => node.type === 'list')
    expect(lists.map((list) => [list.ordered, list.children.length])).toEqual([
      [false, 13],
      [true, 8]
    ])
    expect(toString(lists[1]!.children[3]!)).toBe('4. 南北雙方一致認為，應結束目前的停戰體制，並建立永久的和平機制，與此同時，直接相關的三方或四方首腦在韓半島地區會面，為推進宣佈戰爭結束的問題，將進行合作。')
  })

  it('joins lines continued by punctuation and across page breaks', () => {
    const texts = paragraphs(tree)
    expect(texts.some((text) => text.includes('眾人到訪防坡堤西海水閘。於這兒'))).toBe(true)
    expect(texts.some((text) => text.includes('迎接了盧武鉉總統」，並且強調'))).toBe(true)
    expect(texts.some((text) => text.endsWith('表示同意會談。'))).toBe(true)
    for (const text of allText(tree)) expect(text).not.toMatch(/[\n\f]|^\d{1,3}$/)
    expect(file.messages).toEqual([])
  })
})
