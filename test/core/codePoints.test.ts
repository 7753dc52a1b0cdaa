import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {codePointLength} from '../../src/core/codePoints.js'

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['朝鲜', 2],
    ['𠀀𠀀', 2],
    ['\ud800\udc00\udc00', 2],
    ['\ud800\ud800\udc00', 2],
    ['a\udc00', 2],
    ['\ud800', 1]
  ])('counts %j as %i code points (pairs once, lone surrogates each)', (text, length) => {
    expect(codePointLength(text)).toBe(length)
  })

  it('counts as the string iterator does, on any string of UTF-16 units', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 12}), (text) => codePointLength(text) === [...text].length))
  })
})
