import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parsePdfText from '../../src/pdf/parsePdfText.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export type OutlineEntry = {type: 'heading'; depth: number; text: string} | {type: 'paragraph'; text: string} | {type: 'list'; ordered: boolean; start?: number; items: string[]} | {type: string}

/** The blocks of a tree as plain data, to compare with `expected.json`. */
export function outline(tree: Root): OutlineEntry[] {
  return tree.children.map((node: RootContent): OutlineEntry => {
    if (node.type === 'heading') return {type: 'heading', depth: node.depth, text: toString(node)}
    if (node.type === 'paragraph') return {type: 'paragraph', text: toString(node)}
    if (node.type === 'list') {
      const items = node.children.map((item) => toString(item))
      return node.ordered ? {type: 'list', ordered: true, start: node.start ?? 1, items} : {type: 'list', ordered: false, items}
    }
    return {type: node.type}
  })
}

export function parse(value: string, filePath = 'input.txt'): {tree: Root; file: VFile} {
  const file = new VFile({path: filePath, value})
  const tree = unified().use(parsePdfText).parse(file)
  return {tree, file}
}

export function readFixture(name: string): {input: string; expected: OutlineEntry[]} {
  const folder = path.join(fixtures, `pdf-${name}`)
  return {
    input: fs.readFileSync(path.join(folder, 'input.txt'), 'utf8'),
    expected: JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as OutlineEntry[]
  }
}

export function parseFixture(name: string) {
  const {input, expected} = readFixture(name)
  return {...parse(input), expected}
}
