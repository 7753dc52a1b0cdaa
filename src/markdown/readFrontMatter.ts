import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import YAML from 'yaml'

/**
 * YAML front matter states the title, date, language and URL of a note:
 * they become the document's metadata, and the block leaves the text.
 */
export default function readFrontMatter() {
  return function (tree: Root, file: VFile) {
    const node = tree.children[0]
    if (node?.type !== 'yaml') return
    tree.children.shift()
    let fields: unknown
    try {
      fields = YAML.parse(node.value)
    } catch (error) {
      file.message(`Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, {
        place: node.position,
        ruleId: 'invalid-front-matter',
        source: 'markdown'
      })
      return
    }
    if (!fields || typeof fields !== 'object') return
    const record = fields as Record<string, unknown>
    const meta = {...file.data.meta}
    const text = (key: string) => {
      const value = record[key]
      if (value instanceof Date) return value.toISOString().slice(0, 10)
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
    }
    meta.title = text('title') ?? meta.title
    meta.datePublished = text('date') ?? text('datePublished') ?? meta.datePublished
    meta.language = text('lang') ?? text('language') ?? meta.language
    meta.url = text('url') ?? meta.url
    for (const key of Object.keys(meta) as Array<keyof typeof meta>) if (meta[key] === undefined) delete meta[key]
    file.data.meta = meta
  }
}
