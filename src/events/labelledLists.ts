import type {TextBlock} from '../core/types.js'
import {foldScript} from '../script/foldScript.js'
import type {DocumentView} from './textTools.js'

export type ListKind = 'venue' | 'heads' | 'positions' | 'outcomes'

/** The label lines of a session's lists, by what they end with. */
const labels: Array<{kind: ListKind; pattern: RegExp}> = [
  {kind: 'venue', pattern: /(地点|地址|会场|场所)$/},
  {kind: 'heads', pattern: /(团长|代表团|代表)$/},
  {kind: 'positions', pattern: /立场$/},
  {kind: 'outcomes', pattern: /(成果|结果|成就)$/}
]

export interface Labelled {
  kind: ListKind
  label: string
  items: TextBlock[]
}

/**
 * The lists of a section, by the label line before them (`会谈地点`,
 * `各国代表团团长`, …): a short list item with no punctuation that ends like
 * a label opens a list; the items after it, up to the next non-item, are its.
 */
export function labelledLists(view: DocumentView, blocks: TextBlock[]): Labelled[] {
  const lists: Labelled[] = []
  let current: Labelled | undefined
  for (const block of blocks) {
    if (block.kind !== 'listItem') {
      current = undefined
      continue
    }
    const text = foldScript(view.textOf(block)).trim()
    const label = [...text].length <= 12 && !/[。，：；！？]/.test(text) ? labels.find((candidate) => candidate.pattern.test(text)) : undefined
    if (label) {
      current = {kind: label.kind, label: text, items: []}
      lists.push(current)
    } else if (current) {
      current.items.push(block)
    }
  }
  return lists
}
