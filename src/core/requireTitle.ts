import type {VFile} from 'vfile'

/**
 * Every record needs a name. A source that states no title is named after its
 * file (never a made-up title), and the user is told.
 */
export default function requireTitle() {
  return function (_tree: unknown, file: VFile) {
    if (file.data.meta?.title) return
    file.data.meta = {...file.data.meta, title: file.data.stem ?? file.stem ?? 'untitled'}
    file.message('The source states no title; the record is named after its file', {
      place: {line: 1, column: 1},
      ruleId: 'missing-title',
      source: 'document'
    })
  }
}
