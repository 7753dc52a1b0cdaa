import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

const template = /\{\{\{?[^{}]*\}?\}\}/g

/**
 * Templates the converter could not expand were left as `{{-}}` or
 * `{{{float|right}}}`: they have no text of their own.
 */
export default function stripTemplates() {
  return function (tree: Root, file: VFile) {
    visit(tree, 'text', (node) => {
      if (!node.value.includes('{{')) return
      const value = node.value.replace(template, '')
      if (value !== node.value) {
        file.message('Removed a wiki template the converter left unexpanded', {
          place: node.position,
          ruleId: 'unexpanded-template',
          source: 'wiki'
        })
        node.value = value
      }
    })
  }
}
