import type {Parent, Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'

/**
 * The converter turned `[[File:X.jpg|thumb|caption]]` into a link titled
 * `fig:X.jpg` followed by the caption and a stray `]]`. The image and its
 * caption are not part of the running text: remove the link and, when the
 * same paragraph holds the closing `]]`, everything up to it.
 */
export default function removeImageCaptions() {
  return function (tree: Root) {
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'root') return
      const parent = node as Parent
      let index = parent.children.findIndex(isImageLink)
      while (index !== -1) {
        const closing = findClosing(parent.children as RootContent[], index + 1)
        if (closing) {
          const text = parent.children[closing.index] as {value: string}
          text.value = text.value.slice(closing.at + 2)
          parent.children.splice(index, closing.index - index)
        } else {
          parent.children.splice(index, 1)
        }
        index = parent.children.findIndex(isImageLink)
      }
    })
  }
}

function isImageLink(node: {type: string}): boolean {
  if (node.type !== 'link') return false
  const link = node as unknown as {title?: string | null; url: string}
  return Boolean(link.title?.startsWith('fig:')) || /\/(?:File|Image|文件|檔案):/i.test(link.url)
}

/** The stray `]]` closing the caption, searched in the text nodes after the image link. */
function findClosing(children: RootContent[], from: number): {index: number; at: number} | undefined {
  for (let index = from; index < children.length; index++) {
    const child = children[index]!
    if (isImageLink(child)) return undefined
    if (child.type === 'text') {
      const at = child.value.indexOf(']]')
      if (at !== -1) return {index, at}
    }
  }
  return undefined
}
