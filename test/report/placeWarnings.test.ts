import {describe, expect, it} from 'vitest'
import type {DocumentView} from '../../src/report/model.js'
import {placeWarnings} from '../../src/report/placeWarnings.js'
import {textLines} from '../../src/report/textLines.js'

const text = '第一行\n\n韓國的电视剧很受欢迎。\n\n：，美国东亚和太平洋事务助理国务卿'
const doc: DocumentView = {
  stem: 'd',
  iri: 'doc:d',
  recordFile: 'd.jsonld',
  type: 'Article',
  name: 'd',
  text,
  annotations: [{fragment: 'link-5-11', kind: 'link', start: 5, end: 11, exact: '韓國的电视剧', value: 'https://zh.wikipedia.org/wiki/韓劇', alignment: 'unaligned'}],
  events: [
    {
      iri: 'e:3',
      stem: 'd',
      name: '三方会谈',
      kind: 'session',
      subEvents: [],
      people: [],
      roles: [{roleName: '团长', country: {name: '美国'}, title: '美国东亚和太平洋事务助理国务卿'}],
      counterparts: [],
      signedDocuments: [],
      outcomes: []
    }
  ],
  entityIris: []
}

describe('warnings beside their line', () => {
  it('places what the record locates, shares a source line, and lists the rest', () => {
    const lines = textLines(text)
    const warnings = [
      {line: 18, column: 1, message: 'No part of the anchor “韓國的电视剧” names the linked page “韓劇”', ruleId: 'unaligned-anchor'},
      {line: 30, column: 5, message: 'The line gives no name for the head of the 美国 delegation to 三方会谈; the role has no attendee', ruleId: 'delegation-name-missing'},
      {line: 30, column: 5, message: 'The line starts with “：，”: the name after it is missing', ruleId: 'missing-name'},
      {line: 2, column: 1, message: 'The line starts with “：”: the converter dropped a template', ruleId: 'dropped-flag-template'}
    ]
    const placed = placeWarnings(doc, lines, warnings)
    expect([...placed.byLine].map(([start, list]) => [start, list.map((w) => w.ruleId)])).toEqual([
      [5, ['unaligned-anchor']],
      [18, ['delegation-name-missing', 'missing-name']]
    ])
    expect(placed.unplaced.map((w) => w.ruleId)).toEqual(['dropped-flag-template'])
  })

  it('places a quoted word by code points after characters outside the BMP', () => {
    // 𠀀 and 𝌆 are one code point each but two UTF-16 units.
    const astral = '𠀀𝌆甲\n乙𠀀丙丁\n丙丁'
    const view: DocumentView = {...doc, text: astral, annotations: [], events: []}
    const warnings = [{line: 9, column: 1, message: 'The words “丙丁” are left', ruleId: 'quoted'}]
    const placed = placeWarnings(view, textLines(astral), warnings)
    expect([...placed.byLine.keys()]).toEqual([4])
  })
})
