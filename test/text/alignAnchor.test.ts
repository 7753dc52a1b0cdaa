import {describe, expect, it} from 'vitest'
import {alignAnchor} from '../../src/text/alignAnchor.js'

describe('alignAnchor', () => {
  it('keeps an anchor that is the page title', () => {
    expect(alignAnchor('韓國总统', '韓國总统')).toEqual({offset: 0, length: 4, alignment: 'exact'})
  })

  it('keeps an anchor that is part of the title', () => {
    expect(alignAnchor('總統', '大韓民國總統')).toEqual({offset: 0, length: 2, alignment: 'exact'})
  })

  it('trims words the converter appended after the name', () => {
    expect(alignAnchor('朝鲜半岛的', '朝鲜半岛')).toEqual({offset: 0, length: 4, alignment: 'trimmed'})
  })

  it('compares after folding traditional to simplified characters', () => {
    expect(alignAnchor('卢武铉步行穿過', '盧武鉉')).toEqual({offset: 0, length: 3, alignment: 'trimmed'})
  })

  it('takes a short form of the title at the start of the anchor', () => {
    expect(alignAnchor('朝鮮一方的', '朝鮮民主主義人民共和國')).toEqual({offset: 0, length: 2, alignment: 'trimmed'})
  })

  it('takes a start of the anchor that abbreviates the title', () => {
    expect(alignAnchor('中国外交部亚洲司司长', '中华人民共和国外交部')).toEqual({offset: 0, length: 5, alignment: 'trimmed'})
    expect(alignAnchor('克里斯托弗·希尔', '克里斯托弗·罗伯特·希尔')).toEqual({offset: 0, length: 8, alignment: 'exact'})
  })

  it('keeps an anchor that differs from the title by a character or two', () => {
    expect(alignAnchor('美朝框架协议', '朝美框架协议')).toEqual({offset: 0, length: 6, alignment: 'exact'})
    expect(alignAnchor('联合国安理会第1973号决议', '联合国安理会1973号决议').alignment).toBe('exact')
  })

  it('never trims the start of an anchor into a broken word', () => {
    expect(alignAnchor('助理国务卿', '美国国务卿').alignment).toBe('unaligned')
  })

  it('ignores the disambiguation of a title', () => {
    expect(alignAnchor('李根', '李根 (外交官)')).toEqual({offset: 0, length: 2, alignment: 'exact'})
  })

  it('reports an anchor no part of which names the page', () => {
    expect(alignAnchor('小布什为免美国同时陷入', '乔治·沃克·布什').alignment).toBe('unaligned')
  })
})
