import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildLexicon} from '../../src/entities/buildLexicon.js'
import {isActOnPlace} from '../../src/entities/rules/actTitles.js'

describe('a title that is an act done to a place names no place', () => {
  it.each([
    ['炮击青鹿岛', true],
    ['袭击乌兰港', true],
    ['青鹿岛炮击事件', false], // the incident's own name: `rules/events.ts`
    ['炮击', false], // the act alone
    ['青鹿岛', false]
  ])('%s → %s', (title, act) => expect(isActOnPlace(title)).toBe(act))

  it('leaves such a title out of the lexicon', () => {
    const file = new VFile()
    file.data.text = '此后朝鲜炮击青鹿岛'
    file.data.links = [{start: 4, end: 9, exact: '炮击青鹿岛', anchor: '炮击青鹿岛', pageTitle: '炮击青鹿岛', url: 'https://zh.wikipedia.org/wiki/炮击青鹿岛', alignment: 'exact'}]
    expect(buildLexicon([file]).has('炮击青鹿岛')).toBe(false)
  })
})
