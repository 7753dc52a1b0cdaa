import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {SourceError} from '../core/SourceError.js'

/**
 * A page whose markup gives no running text (only templates, categories,
 * references or lists of other pages) cannot make a record: it fails, saying so.
 */
export default function requirePageText() {
  return function (tree: Root) {
    if (toString(tree).trim() === '') {
      throw new SourceError('The page gives no text: its markup holds only templates, categories, references or links to other pages', 'wikitext-no-text')
    }
  }
}
