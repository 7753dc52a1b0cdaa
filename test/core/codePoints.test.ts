import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {codePointIndex, codePointLength, sliceCodePoints} from '../../src/core/codePoints.js'

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

describe('codePointIndex', () => {
  it('maps each UTF-16 offset where a code point starts to the code points before it, as the string iterator counts them', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 12}), (text) => {
        const at = codePointIndex(text)
        for (let unit = 0; unit <= text.length; unit++) {
          const splitsPair = unit > 0 && /[\ud800-\udbff]/.test(text[unit - 1]!) && /[\udc00-\udfff]/.test(text[unit] ?? '')
          if (!splitsPair) expect(at(unit)).toBe([...text.slice(0, unit)].length)
        }
      })
    )
  })

  it('counts a lone high surrogate before another character as one code point', () => {
    expect(codePointIndex('\ud800a中')(2)).toBe(2)
  })
})

describe('sliceCodePoints', () => {
  it.each([
    ['朝鲜𠀀韩国', 1, 3, '鲜𠀀'],
    ['朝鲜𠀀韩国', 2, undefined, '𠀀韩国'],
    ['a\ud800b', 1, 2, '\ud800'],
    ['ab', 1, 9, 'b'],
    ['ab', 2, 1, ''],
    ['朝鲜𠀀', -2, undefined, '鲜𠀀']
  ])('slices %j from %s to %s as %j', (text, start, end, slice) => {
    expect(sliceCodePoints(text, start, end)).toBe(slice)
  })

  it('slices as the spread of the string iterator does, on any string and offsets', () => {
    const offset = fc.integer({min: -3, max: 15})
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 12}), offset, fc.option(offset, {nil: undefined}), (text, start, end) => {
        expect(sliceCodePoints(text, start, end)).toBe([...text].slice(start, end).join(''))
      })
    )
  })
})
