import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {detectScript} from '../script/foldScript.js'

const variantMarkup = /-\{([^{}]*)\}-/g
const preference = {
  'zh-Hans': ['zh-hans', 'zh-cn', 'zh-sg', 'zh-my', 'zh'],
  'zh-Hant': ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo', 'zh']
}

/**
 * MediaWiki language-variant markup survived the conversion as literal text:
 * `-{zh-hans:朝鲜;zh-hant:北韓;}-` keeps the text of the page's own script
 * (simplified or traditional, whichever the page is mostly written in),
 * `-{X}-` keeps X, and `韓-{}-國` is just `韓國`.
 */
export default function resolveLanguageVariants() {
  return function (tree: Root, file: VFile) {
    const script = detectScript(String(file.value))
    visit(tree, 'text', (node) => {
      if (!node.value.includes('-{')) return
      node.value = node.value.replace(variantMarkup, (_, body: string) => chooseVariant(body, preference[script]))
    })
  }
}

function chooseVariant(body: string, order: string[]): string {
  const variants = new Map<string, string>()
  for (const part of body.split(';')) {
    const match = /^\s*(zh(?:-[a-z]+)?)\s*:([\s\S]*)$/i.exec(part)
    if (match) variants.set(match[1]!.toLowerCase(), match[2]!.trim())
  }
  if (variants.size === 0) return body
  for (const tag of order) {
    const text = variants.get(tag)
    if (text !== undefined) return text
  }
  return [...variants.values()][0] ?? ''
}
