import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {mergeSortedLines} from '../../src/run/mergeSortedLines.js'

/** Made-up parts: sorted unique lines each, overlapping, with a character beyond the BMP (UTF-16 order). */
function parts(folder: string): {files: string[]; lines: string[]} {
  const contents = [['<a> <p> "甲" .', '<b> <p> "𠀀" .', '<c> <p> "z" .'], ['<a> <p> "甲" .', '<b> <p> "\uffff" .'], [], ['<0> <p> "x" .', '<c> <p> "z" .', '<d> <p> "乙" .'], ['<e> <p> "丙" .']]
  const files = contents.map((lines, index) => {
    const file = path.join(folder, `part-${index}.nq`)
    writeFileSync(file, lines.map((line) => `${line}\n`).join(''))
    return file
  })
  return {files, lines: [...new Set(contents.flat())].sort()}
}

describe('mergeSortedLines', () => {
  it.each([2, 3, 512])('merges sorted parts into one sorted, unique file with a fan-in of %i, leaving no temporary file', (fanIn) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kpd-merge-'))
    const {files, lines} = parts(folder)
    mergeSortedLines(files, path.join(folder, 'dataset.nq'), fanIn)
    expect(readFileSync(path.join(folder, 'dataset.nq'), 'utf8')).toBe(lines.map((line) => `${line}\n`).join(''))
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('keeps a line longer than the reader buffer and a last line without its newline whole', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kpd-merge-'))
    const long = `<b> <p> "${'长'.repeat(40_000)}" .`
    writeFileSync(path.join(folder, 'one.nq'), `<a> <p> "x" .\n${long}\n`)
    writeFileSync(path.join(folder, 'two.nq'), '<a> <p> "y" .\n<c> <p> "z" .')
    mergeSortedLines([path.join(folder, 'one.nq'), path.join(folder, 'two.nq')], path.join(folder, 'dataset.nq'))
    expect(readFileSync(path.join(folder, 'dataset.nq'), 'utf8')).toBe(`<a> <p> "x" .\n<a> <p> "y" .\n${long}\n<c> <p> "z" .\n`)
  })
})
