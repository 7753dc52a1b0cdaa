import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildLexicon} from '../../src/entities/buildLexicon.js'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {kindsAlone} from '../../src/entities/rules/kindsAlone.js'

const body = (name: string): Candidate => ({start: 0, end: [...name].length, type: 'GovernmentOrganization', name, source: 'lexicon'})
const named = (names: string[]) => [...kindsAlone(names.map(body)).entries()].map(([surface, typing]) => [surface, typing.name])

describe('a kind of body alone is the one body of that kind the document names in full', () => {
  it.each([
    [['草原大会常任委员会'], [['常任委员会', '草原大会常任委员会']]],
    [['草原大会常设会议', '草原人民党'], [['常设会议', '草原大会常设会议']]],
    [['草原大会常任委员会', '河谷议会常任委员会'], []], // two of that kind: no one body
    [['常任委员会'], []], // the kind itself names nothing
    [['草原研究委员会'], []] // `委员会` alone is any body's
  ])('%s', (names, expected) => expect(named(names)).toEqual(expected))
})

describe('a page titled with a kind of body names none', () => {
  it('leaves 常任委员会 out of the lexicon', () => {
    const file = new VFile()
    file.data.text = '他当选常任委员会委员'
    file.data.links = [{start: 3, end: 8, exact: '常任委员会', anchor: '常任委员会', pageTitle: '常任委员会', url: 'https://zh.wikipedia.org/wiki/常任委员会', alignment: 'exact'}]
    expect(buildLexicon([file]).has('常任委员会')).toBe(false)
  })
})
