import {describe, expect, it} from 'vitest'
import {compareUtf8AsUtf16} from '../../src/run/compareUtf8.js'

const compare = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return Math.sign(compareUtf8AsUtf16(x, 0, x.length, y, 0, y.length))
}
const utf16 = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

describe('compareUtf8AsUtf16', () => {
  it.each([
    ['ASCII', 'abc', 'abd'],
    ['a prefix first', 'ab', 'abc'],
    ['equal', '甲乙', '甲乙'],
    ['two BMP characters in code-point order', '甲', '乙'],
    ['beyond the BMP before U+FFFF (a surrogate is below it)', '𠀀', '\uffff'],
    ['beyond the BMP before U+E000', '😀', '\ue000'],
    ['beyond the BMP after U+D7FF', '𠀀', '\ud7ff'],
    ['two characters beyond the BMP', '𠀀', '𠀁'],
    ['a difference after a shared character beyond the BMP', '𠀀a', '𠀀\uffff']
  ])('%s: the order of the UTF-16 strings', (_, a, b) => {
    expect(compare(a, b)).toBe(utf16(a, b))
    expect(compare(b, a)).toBe(utf16(b, a))
  })

  it('agrees with string order on every pair of made-up strings across the ranges that differ', () => {
    const alphabet = ['a', ' ', '~', '\u00e9', '\u7532', '\ud7ff', '\ue000', '\uff0c', '\uffff', '\u{10000}', '\u{20000}', '\u{1f600}']
    const strings: string[] = []
    for (const first of alphabet) for (const second of alphabet) strings.push(first + second, first)
    const disagreements = strings.flatMap((a) => strings.filter((b) => compare(a, b) !== utf16(a, b)).map((b) => [a, b]))
    expect(disagreements).toEqual([])
  })

  it('compares ranges inside larger buffers', () => {
    const buffer = Buffer.from('xxabcxxabd')
    expect(compareUtf8AsUtf16(buffer, 2, 5, buffer, 7, 10)).toBeLessThan(0)
  })
})
