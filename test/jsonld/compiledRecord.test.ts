import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import compileJsonLd, {compiledRecord} from '../../src/jsonld/compileJsonLd.js'
import {recordNQuads} from '../../src/jsonld/writeNQuads.js'

describe('compiledRecord', () => {
  it('is the record the file was compiled to: what its JSON-LD text says', () => {
    const file = new VFile({data: {stem: 'x', text: '朝鲜和韩国', meta: {title: '标题'}}})
    const processor = unified().use(compileJsonLd)
    file.value = processor.stringify({type: 'root'} as never, file) as string
    expect(compiledRecord(file)).toEqual(JSON.parse(String(file.value)))
  })

  it('is nothing for a file no compiler made a record of', () => {
    expect(compiledRecord(new VFile())).toBeUndefined()
  })
})

describe('N-Quads of a record handed over as an object', () => {
  it('reads undefined and non-finite numbers as JSON has them: no statement', () => {
    const record = {'@graph': [{'@id': 'https://w3id.org/kpdd/doc/x', name: 'x', 'kpd:start': Number.NaN, 'kpd:end': [Number.POSITIVE_INFINITY, 2, undefined]}]}
    expect(recordNQuads(record, 'x')).toEqual(recordNQuads(JSON.parse(JSON.stringify(record)), 'x'))
    expect(recordNQuads(record, 'x').some((line) => line.includes('NaN') || line.includes('Infinity'))).toBe(false)
  })
})
