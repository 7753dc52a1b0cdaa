import type {VFile} from 'vfile'
import {detectLanguage} from './detectLanguage.js'

/** Sets `meta.language` from the cleaned text, unless the source stated it. */
export default function detectBodyLanguage() {
  return function (_tree: unknown, file: VFile) {
    if (file.data.meta?.language) return
    file.data.meta = {...file.data.meta, language: detectLanguage(file.data.text ?? '')}
  }
}
