import {describe, expect, it} from 'vitest'
import {statePrefix} from '../../src/events/delegationLine.js'
import {processText} from '../helpers/process.js'

/** Invented lines: a state before a colon (what a flag template becomes), or none. */
const prefixes: Array<[string, string, {country: string; length: number} | undefined]> = [
  ['a state before a full-width colon', '日本：木村一郎，外务省局长。', {country: '日本', length: 3}],
  ['a state before an ASCII colon and spaces', '俄罗斯 : 伊万诺夫，副外长', {country: '俄罗斯', length: 6}],
  ['a traditional form, folded to the canonical name', '韓國：某某，次長。', {country: '韩国', length: 3}],
  ['a label that is no state', '代表：某某，次長。', undefined],
  ['an empty prefix (the flag the converter dropped)', '：某某，次長。', undefined],
  ['a colon only after the name', '木村一郎，外务省局长：负责', undefined]
]

describe('the state a delegation line opens with', () => {
  it.each(prefixes)('%s', (_name, line, expected) => {
    expect(statePrefix(line)).toEqual(expected)
  })
})

/** A made-up session page (wiki Markdown, names linked as the converter gives them) whose delegation lines open with their state. */
const page = (lines: string[]) => `**甲乙会谈**是一系列谈判。

## 会谈过程

### 第一轮（2011年5月2日至4日）

  - 各国代表团团长

<!-- end list -->

${lines.map((line) => `  - ${line}`).join('\n\n')}
`

type Row = [string, string[], Array<[string | null, string | null, string | null, string | null]>]

const rows: Row[] = [
  [
    'the state before the colon, the name and the title after it',
    ['日本：[木村一郎](../Page/木村一郎.md "wikilink")，外务省局长。', '俄罗斯：[伊万诺夫](../Page/伊万诺夫.md "wikilink")，副外长。'],
    [
      ['日本', 'line', '木村一郎', '外务省局长'],
      ['俄罗斯', 'line', '伊万诺夫', '副外长']
    ]
  ],
  ['the line’s state wins over a state its title names', ['日本：[木村一郎](../Page/木村一郎.md "wikilink")，驻俄罗斯大使。'], [['日本', 'line', '木村一郎', '驻俄罗斯大使']]],
  ['without a prefix, the title’s state, as before', ['[木村一郎](../Page/木村一郎.md "wikilink")，日本外务省局长。'], [['日本', 'title', '木村一郎', '日本外务省局长']]],
  ['a state and a title with the name lost', ['日本：，外务省局长。'], [['日本', 'line', null, '外务省局长']]]
]

describe('delegation lines with their state before a colon', () => {
  it.each(rows)('%s', async (_name, lines, expected) => {
    const file = await processText('wiki', page(lines))
    const session = file.data.events!.find((event) => event.kind === 'session')!
    expect(session.roles.map((role) => [role.country ?? null, role.countryFrom ?? null, role.person ?? null, role.description ?? null])).toEqual(expected)
  })
})
