import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit, EXIT} from 'unist-util-visit'
import type {VFile} from 'vfile'

/**
 * A page without the converter's header still names its subject in bold at the
 * start of the lead (`**六方会谈**是指…`, `**《南北共同宣言》**又称…`): that
 * bold term is the title. Brackets around a work's name are not part of it.
 */
export default function titleFromLead() {
  return function (tree: Root, file: VFile) {
    if (file.data.meta?.title) return
    const lead = tree.children.find((node) => node.type === 'paragraph' && toString(node).trim() !== '')
    if (!lead) return
    let title: string | undefined
    visit(lead, 'strong', (node) => {
      title = toString(node)
        .replace(/^《(.*)》$/, '$1')
        .trim()
      return EXIT
    })
    if (title) file.data.meta = {...file.data.meta, title}
    else {
      file.message('No title found: the page has no conversion header and no bold term in its lead', {
        place: lead.position,
        ruleId: 'missing-title',
        source: 'wiki'
      })
    }
  }
}
