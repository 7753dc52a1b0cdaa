import {describe, expect, it} from 'vitest'
import {assignStems} from '../../src/run/assignStems.js'

describe('assignStems', () => {
  it.each([
    ['distinct stems stay as they are', ['a.txt', 'b.md'], ['a', 'b']],
    ['the same stem: the later name keeps its extension', ['a.md', 'a.txt'], ['a', 'a.txt']],
    ['the same name in two folders', ['x/a.txt', 'y/a.txt'], ['a', 'y~a.txt']],
    ['the reserved stem `context`', ['context.txt'], ['context.txt']],
    ['a full name already taken as a stem fails (duplicate-stem)', ['a.md', 'a.txt', 'a.txt.md'], ['a', undefined, 'a.txt']]
  ])('%s', (_name, names, stems) => {
    expect(assignStems(names)).toEqual(stems)
  })
})
