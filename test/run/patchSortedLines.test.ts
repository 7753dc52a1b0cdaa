import fc from 'fast-check'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {mergeSortedLines} from '../../src/run/mergeSortedLines.js'
import {patchSortedLines} from '../../src/run/patchSortedLines.js'

/** Made-up parts, each a file of sorted unique lines; no line in two parts (each names its own graph). */
function writeParts(folder: string, parts: string[][]): string[] {
  return parts.map((lines, index) => {
    const file = path.join(folder, `part-${index}-${Math.random().toString(36).slice(2)}.nq`)
    writeFileSync(
      file,
      [...new Set(lines)]
        .sort()
        .map((line) => `${line}\n`)
        .join('')
    )
    return file
  })
}

/** The lines of the parts as one merge writes them. */
function merged(folder: string, files: string[]): string {
  const target = path.join(folder, `merged-${Math.random().toString(36).slice(2)}.nq`)
  mergeSortedLines(files, target)
  return readFileSync(target, 'utf8')
}

// Lines of a graph each, with characters where UTF-16 order and UTF-8 byte order differ (beyond the BMP, U+E000–U+FFFF).
const line = (graph: number) => fc.tuple(fc.constantFrom('<a>', '<b>', '<a#1>', '<𠀀>', '<\uffff>', '<中>'), fc.constantFrom('"x"', '"𠀀"', '"\ue000"', '"甲乙"', '""')).map(([subject, object]) => `${subject} <p> ${object} <g${graph}> .`)
const part = (graph: number) => fc.array(line(graph), {maxLength: 12})

describe('patchSortedLines', () => {
  it('gives the bytes a merge of the parts that stay and the parts added gives, whatever the chunk size', () => {
    fc.assert(
      fc.property(fc.tuple(part(0), part(1), part(2), part(3)), part(4), fc.integer({min: 1, max: 64}), (parts, added, chunkBytes) => {
        const folder = mkdtempSync(path.join(tmpdir(), 'kpd-patch-'))
        const [kept, gone] = [writeParts(folder, parts.slice(0, 3)), writeParts(folder, parts.slice(3))]
        const extra = writeParts(folder, [added, parts[3]!.slice(0, 2).map((text) => text.replace('<g3>', '<g5>'))])
        const previous = path.join(folder, 'dataset.nq')
        writeFileSync(previous, merged(folder, [...kept, ...gone]))
        expect(patchSortedLines(previous, gone, extra, previous, chunkBytes)).toBe(true)
        expect(readFileSync(previous, 'utf8')).toBe(merged(folder, [...kept, ...extra]))
      })
    )
  })

  it('writes a line a removed part and an added part both hold once (a record redone with some of the same quads)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kpd-patch-'))
    const [kept, old, redone] = writeParts(folder, [['<a> <p> "1" <g0> .'], ['<b> <p> "2" <g1> .', '<c> <p> "3" <g1> .'], ['<c> <p> "3" <g1> .', '<d> <p> "4" <g1> .']])
    const previous = path.join(folder, 'dataset.nq')
    writeFileSync(previous, merged(folder, [kept!, old!]))
    expect(patchSortedLines(previous, [old!], [redone!], previous, 8)).toBe(true)
    expect(readFileSync(previous, 'utf8')).toBe('<a> <p> "1" <g0> .\n<c> <p> "3" <g1> .\n<d> <p> "4" <g1> .\n')
  })

  it('writes nothing, and says so, when the file lacks a line to remove (it is not the merge it was taken for)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kpd-patch-'))
    const [kept, other] = writeParts(folder, [['<a> <p> "1" <g0> .', '<c> <p> "3" <g0> .'], ['<b> <p> "2" <g1> .']])
    const previous = path.join(folder, 'dataset.nq')
    writeFileSync(previous, readFileSync(kept!, 'utf8'))
    expect(patchSortedLines(previous, [other!], [], previous, 4)).toBe(false)
    expect(readFileSync(previous, 'utf8')).toBe(readFileSync(kept!, 'utf8'))
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([])
  })
})
