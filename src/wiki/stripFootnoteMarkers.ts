import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * Footnote markers survive as escaped brackets (`\[1\]`, `\[注 2\]`), which
 * Markdown reads as the text `[1]`. They point into a reference list the
 * converter emptied, so they go.
 */
const footnoteMarker = /\[(?:\d{1,3}|[注註]\s*\d{1,3}|[a-z]|note\s*\d{1,3})\]/gi

export default function stripFootnoteMarkers() {
  return function (tree: Root) {
    visit(tree, 'text', (node) => {
      if (node.value.includes('[')) node.value = node.value.replace(footnoteMarker, '')
    })
  }
}
