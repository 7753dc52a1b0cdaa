import {describe, expect, it} from 'vitest'
import {DecodeError, decodeSource} from '../../src/io/decodeSource.js'

const chinese = '六方会谈是指朝鲜、韩国、中国、美国、俄罗斯和日本六国共同参与的旨在解决朝鲜核问题的一系列谈判。\n第一轮会谈于2003年8月27日在北京举行。\n'

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const little = Buffer.from(text, 'utf16le')
  if (order === 'le') return Uint8Array.from(little)
  const big = Buffer.alloc(little.length)
  for (let index = 0; index < little.length; index += 2) {
    big[index] = little[index + 1]!
    big[index + 1] = little[index]!
  }
  return Uint8Array.from(big)
}

function decodeError(bytes: Uint8Array): DecodeError {
  try {
    decodeSource(bytes)
  } catch (error) {
    if (error instanceof DecodeError) return error
    throw error
  }
  throw new Error('expected a DecodeError')
}

describe('decodeSource on hostile encodings', () => {
  it.each([
    ['le', 'utf-16le'],
    ['be', 'utf-16be']
  ] as const)('decodes UTF-16%s without a BOM when the text is Chinese', (order, encoding) => {
    expect(decodeSource(utf16(chinese, order))).toEqual({text: chinese, encoding, bom: false})
  })

  it('says what a file of NULs and noise is when it is not UTF-16 text either', () => {
    const bytes = Uint8Array.from({length: 400}, (_, index) => (index % 3 === 0 ? 0 : (index * 37) % 256))
    expect(decodeError(bytes).message).toMatch(/NUL bytes and does not read as UTF-16/)
  })

  it.each([
    ['a lone continuation byte', [0x80], 1],
    ['a truncated three-byte sequence', [0xe6, 0x9c], 1],
    ['an overlong encoding', [0xc0, 0xaf], 1],
    ['a surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 1]
  ])('names the line and column of the first bad sequence: %s', (_name, bad, _unused) => {
    const before = new TextEncoder().encode('first line\n第二行：')
    const bytes = new Uint8Array([...before, ...bad, ...new TextEncoder().encode(' rest of the text that is long enough to be text\n')])
    const error = decodeError(bytes)
    expect(error.ruleId).toBe('undecodable')
    expect(error.message).toContain('line 2, column 5')
    expect(error.place).toEqual({line: 2, column: 5})
  })
})
