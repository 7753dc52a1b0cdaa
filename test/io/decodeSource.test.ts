import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DecodeError, decodeSource} from '../../src/io/decodeSource.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const bytes = (dir: string, name = 'input.txt'): Uint8Array => readFileSync(new URL(`${dir}/${name}`, fixtures))
const expected = (dir: string): string => readFileSync(new URL(`${dir}/expected.txt`, fixtures), 'utf8')

function decodeError(input: Uint8Array): DecodeError {
  try {
    decodeSource(input)
  } catch (error) {
    if (error instanceof DecodeError) return error
    throw error
  }
  throw new Error('expected a DecodeError')
}

describe('decodeSource', () => {
  it('decodes UTF-8 with a BOM, removing the BOM', () => {
    expect(decodeSource(bytes('io-utf8-bom'))).toEqual({text: expected('io-utf8-bom'), encoding: 'utf-8', bom: true})
  })

  it('decodes plain UTF-8', () => {
    expect(decodeSource(new TextEncoder().encode('六方会谈\n'))).toEqual({text: '六方会谈\n', encoding: 'utf-8', bom: false})
  })

  it('decodes UTF-16LE with a BOM', () => {
    expect(decodeSource(bytes('io-utf16le-bom'))).toEqual({text: expected('io-utf16le-bom'), encoding: 'utf-16le', bom: true})
  })

  it('decodes UTF-16BE with a BOM', () => {
    expect(decodeSource(bytes('io-utf16be-bom'))).toEqual({text: expected('io-utf16be-bom'), encoding: 'utf-16be', bom: true})
  })

  it('decodes UTF-16LE without a BOM when NULs sit in every high byte', () => {
    const input = Uint8Array.from(Buffer.from('Six-Party Talks 六方会谈\n', 'utf16le'))
    expect(decodeSource(input)).toEqual({text: 'Six-Party Talks 六方会谈\n', encoding: 'utf-16le', bom: false})
  })

  it('decodes GBK/GB18030 simplified Chinese', () => {
    expect(decodeSource(bytes('io-gb18030'))).toEqual({text: expected('io-gb18030'), encoding: 'gb18030', bom: false})
  })

  it('decodes Big5 traditional Chinese', () => {
    expect(decodeSource(bytes('io-big5'))).toEqual({text: expected('io-big5'), encoding: 'big5', bom: false})
  })

  it('normalizes CRLF to LF', () => {
    expect(decodeSource(bytes('io-crlf')).text).toBe(expected('io-crlf'))
  })

  it('normalizes lone CR to LF', () => {
    expect(decodeSource(bytes('io-cr')).text).toBe(expected('io-cr'))
  })

  it('decodes an empty file to the empty string', () => {
    expect(decodeSource(new Uint8Array(0)).text).toBe('')
  })

  it('rejects a PNG file as binary-file', () => {
    const error = decodeError(bytes('io-binary', 'input.png'))
    expect(error.ruleId).toBe('binary-file')
    expect(error.message).toMatch(/PNG/)
  })

  it('rejects NUL bytes outside UTF-16 as binary-file', () => {
    expect(decodeError(Uint8Array.from([0x61, 0x00, 0x00, 0x62, 0x63, 0x00, 0x01, 0x02, 0x03])).ruleId).toBe('binary-file')
  })

  it('rejects many control characters as binary-file', () => {
    const input = Uint8Array.from({length: 64}, (_, i) => (i % 4 === 0 ? 0x01 : 0x61))
    expect(decodeError(input).ruleId).toBe('binary-file')
  })

  it('rejects bytes that are neither UTF-8, GB18030 nor Big5 as undecodable', () => {
    // Latin-1 "café au lait, crème brûlée" is invalid in every candidate.
    const input = Uint8Array.from([...'caf\xe9 au lait, cr\xe8me br\xfbl\xe9e.'].map((c) => c.charCodeAt(0)))
    expect(decodeError(input).ruleId).toBe('undecodable')
  })
})
