/**
 * Image links (`[[File:X.jpg|thumb|caption]]`) are not running text. Pages
 * sometimes break them: a link inside the caption closes the image early and
 * leaves the rest of the caption and a stray `]]` in the text
 * (`[[File:X.svg|thumb]]之控制區域，紅線以南为[[大韓民國]]控制。]]`). Both are
 * removed before parsing; each broken caption is reported with its line.
 */
const fileLink = /\[\[\s*(?:file|image|文件|檔案|档案|图像|圖像|媒体|媒體)\s*:/gi

export interface FileLinkRepair {
  line: number
  column: number
  removed: string
}

/** End (exclusive) of the `[[…]]` opened at `start`, counting nested brackets; -1 when it never closes. */
function closeOf(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '[' && text[i + 1] === '[') {
      depth++
      i++
    } else if (text[i] === ']' && text[i + 1] === ']') {
      depth--
      i++
      if (depth === 0) return i + 1
    } else if (text[i] === '\n' && text[i + 1] === '\n') return -1
  }
  return -1
}

/** Position (exclusive end) of a `]]` on the same line that closes nothing opened after `from`, or -1. */
function strayClose(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length - 1 && text[i] !== '\n'; i++) {
    if (text[i] === '[' && text[i + 1] === '[') {
      depth++
      i++
    } else if (text[i] === ']' && text[i + 1] === ']') {
      if (depth === 0) return i + 2
      depth--
      i++
    }
  }
  return -1
}

function place(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
}

export function dropFileLinks(text: string): {text: string; repairs: FileLinkRepair[]} {
  const repairs: FileLinkRepair[] = []
  let out = ''
  let at = 0
  for (const match of text.matchAll(fileLink)) {
    const start = match.index
    if (start < at) continue
    const end = closeOf(text, start)
    if (end < 0) continue
    out += text.slice(at, start)
    at = end
    const stray = strayClose(text, end)
    if (stray >= 0) {
      repairs.push({...place(text, start), removed: text.slice(end, stray)})
      at = stray
    }
  }
  return {text: out + text.slice(at), repairs}
}
