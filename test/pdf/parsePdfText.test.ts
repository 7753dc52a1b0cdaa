import {describe, expect, it} from 'vitest'
import {outline, parse, parseFixture} from './outline.js'

describe('parsePdfText: structure from layout', () => {
  it('folds letter-spaced headings and emits no title when the text starts with one', () => {
    const {tree, expected} = parseFixture('spaced-heading')
    expect(outline(tree)).toEqual(expected)
    expect(tree.children.some((node) => node.type === 'heading' && node.depth === 1)).toBe(false)
  })

  it('makes the first line a depth-1 title when it stands alone', () => {
    const {tree, expected} = parseFixture('title')
    expect(outline(tree)).toEqual(expected)
    expect(tree.children[0]?.position).toEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 18, offset: 17}
    })
  })

  it('drops page numbers and form feeds and joins a paragraph across the page break', () => {
    const {tree, expected} = parseFixture('page-numbers')
    expect(outline(tree)).toEqual(expected)
    for (const entry of outline(tree)) expect(JSON.stringify(entry)).not.toMatch(/\\f|"[12]"/)
  })

  it('joins wrapped lines: Chinese without a space, Latin words and numbers with one', () => {
    const {tree, expected} = parseFixture('wrapped-lines')
    expect(outline(tree)).toEqual(expected)
  })

  it('finds paragraph ends without blank lines: a clearly short line ending a sentence', () => {
    const {tree, expected} = parseFixture('paragraphs-no-blank-lines')
    expect(outline(tree)).toEqual(expected)
  })

  it('finds paragraph ends with a blank line after every line: the trailing space ends a paragraph', () => {
    const {tree, expected} = parseFixture('paragraphs-blank-lines')
    expect(outline(tree)).toEqual(expected)
  })

  it('does not take short last lines or lines continued by punctuation for headings', () => {
    const {tree, expected} = parseFixture('short-last-lines')
    expect(outline(tree)).toEqual(expected)
  })

  it('gives each dated line of a chronology its own paragraph and year lines depth 3', () => {
    const {tree, expected} = parseFixture('chronology')
    expect(outline(tree)).toEqual(expected)
  })

  it('makes numbered items ending with punctuation an ordered list, wrapped items included', () => {
    const {tree, expected} = parseFixture('numbered-list')
    expect(outline(tree)).toEqual(expected)
    const list = tree.children.find((node) => node.type === 'list')
    expect(list?.position?.start.line).toBe(4)
    expect(list?.position?.end.line).toBe(7)
  })

  it('makes numbered titles without punctuation depth-3 headings, wrapped titles included', () => {
    const {tree, expected} = parseFixture('numbered-headings')
    expect(outline(tree)).toEqual(expected)
  })

  it('makes short lines after a colon a bullet list', () => {
    const input = [
      '隨後，青瓦台於同年8月8日宣佈盧武鉉和金正日會於8月28日至30日期間在平壤舉行',
      '會談。最終，會談改於10月2日至4日進行。9月7日，青瓦台公佈隨行人員名單﹕',
      '副總理兼財政經濟部長官權五奎',
      '統一部長官李在禎',
      '國防部長官金章洙',
      '相比上一次的會談，南韓的正式隨行人員多了3人，部長級人員則多了一倍。另外，',
      '又設特別隨行人員49人。'
    ].join('\n')
    expect(outline(parse(input).tree)).toEqual([
      {type: 'paragraph', text: '隨後，青瓦台於同年8月8日宣佈盧武鉉和金正日會於8月28日至30日期間在平壤舉行會談。最終，會談改於10月2日至4日進行。9月7日，青瓦台公佈隨行人員名單﹕'},
      {type: 'list', ordered: false, items: ['副總理兼財政經濟部長官權五奎', '統一部長官李在禎', '國防部長官金章洙']},
      {type: 'paragraph', text: '相比上一次的會談，南韓的正式隨行人員多了3人，部長級人員則多了一倍。另外，又設特別隨行人員49人。'}
    ])
  })

  it('gives each block the position of the source lines it came from', () => {
    const {tree} = parseFixture('paragraphs-blank-lines')
    const [heading, first, , third] = tree.children
    expect(heading?.position).toEqual({start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 5, offset: 4}})
    expect(first?.position?.start).toEqual({line: 5, column: 1, offset: 10})
    expect(first?.position?.end.line).toBe(9)
    expect(third?.position?.start.line).toBe(19)
    expect(third?.position?.end.line).toBe(25)
  })
})

describe('parsePdfText: text repeated across a page break', () => {
  it('keeps the first copy and warns once per dropped paragraph', () => {
    const {tree, file, expected} = parseFixture('repeated-paragraph')
    expect(outline(tree)).toEqual(expected)
    expect(file.messages.map((message) => [message.reason, message.line, message.column, message.ruleId, message.source])).toEqual([
      ['Dropped a paragraph repeated across a page break (first seen on line 3)', 17, 2, 'repeated-paragraph', 'pdf-text'],
      ['Dropped a paragraph repeated across a page break (first seen on line 7)', 21, 1, 'repeated-paragraph', 'pdf-text']
    ])
    expect(file.messages[0]?.place).toMatchObject({start: {line: 17, column: 2}, end: {line: 19}})
  })

  it('keeps short paragraphs that repeat', () => {
    const input = [
      '朝鲜已采取具体措施表明其致力于与韩、美进行谈判，因此，目前美国有责任选',
      '择参与双边谈判进程。',
      '这一点很重要。',
      '美国将需要对朝提供安全保障，并逐步解除联合国安理会的制裁，以便谈判向前',
      '发展。',
      '这一点很重要。'
    ].join('\n')
    const {tree, file} = parse(input)
    expect(outline(tree).map((entry) => entry.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
    expect(file.messages).toEqual([])
  })
})
