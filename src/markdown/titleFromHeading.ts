import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'

/** Without a stated title, the first top-level heading is the title. */
export default function titleFromHeading() {
  return function (tree: Root, file: VFile) {
    if (file.data.meta?.title) return
    const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    if (heading) file.data.meta = {...file.data.meta, title: toString(heading).trim()}
  }
}
