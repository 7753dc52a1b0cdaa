import type {ListItem, Root, Text} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

const emptyParentheses = /[（(][\s、，,；;：:]*[）)]/g
const separatorsBeforeClose = /[、，,；;]+(?=[）)])/g
const separatorsAfterOpen = /(?<=[（(])[、，,；;]+/g

/**
 * Where the converter dropped a template it left punctuation behind:
 * `**X**（），又稱` (a dropped pronunciation template), `（又稱《Y》，、）`, and list
 * lines starting with `：` (a dropped flag template: the country of the line).
 * Keep the sensible text, say what was repaired.
 */
export default function repairTemplateDebris() {
  return function (tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      const value = node.value.replace(emptyParentheses, '').replace(separatorsBeforeClose, '').replace(separatorsAfterOpen, '')
      if (value !== node.value) {
        file.message('Removed punctuation a dropped template left behind', {
          place: node.position,
          ruleId: 'template-debris',
          source: 'wiki'
        })
        node.value = value
      }
    })
    visit(tree, 'listItem', (item) => {
      repairLeadingColon(item, file)
    })
  }
}

function repairLeadingColon(item: ListItem, file: VFile): void {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return
  const first = paragraph.children[0]
  if (first?.type !== 'text') return
  const match = /^\s*[：:]\s*([，,]\s*)?/.exec(first.value)
  if (!match) return
  const nameMissing = match[1] !== undefined
  first.value = first.value.slice(match[0].length)
  const rest = paragraph.children.slice(first.value === '' ? 1 : 0)
  if (first.value === '') paragraph.children = rest as typeof paragraph.children
  file.message(nameMissing ? 'The line starts with “：，”: the converter dropped a template (a flag) and the name after it is missing' : 'The line starts with “：”: the converter dropped a template (a flag) before it', {
    place: (first as Text).position ?? item.position,
    ruleId: nameMissing ? 'missing-name' : 'dropped-flag-template',
    source: 'wiki'
  })
}
