import type {VFile} from 'vfile'
import {pushAll} from '../core/collect.js'

/** Two records of the same page (raw wikitext and converted Markdown), compared where their text is the same. */
export interface TwinComparison {
  /** Sentences (of paragraphs, list items, headings) of the first; how many the second has word for word. */
  blocks: number
  sameBlocks: number
  /** Entity mentions inside the shared blocks: `exact → Type name`, found by both, only by the first, only by the second. */
  sameMentions: number
  onlyFirst: string[]
  onlySecond: string[]
}

const normalize = (text: string) => text.replace(/\s+/g, '')

/** Sentences of the blocks (the revisions differ sentence by sentence more than block by block). */
function blocksOf(file: VFile): Array<{text: string; start: number; end: number}> {
  const chars = [...(file.data.text ?? '')]
  const sentences: Array<{text: string; start: number; end: number}> = []
  for (const block of file.data.blocks ?? []) {
    let start = block.start
    for (let i = block.start; i < block.end; i++) {
      if (/[。！？]/.test(chars[i]!) || i === block.end - 1) {
        sentences.push({text: chars.slice(start, i + 1).join(''), start, end: i + 1})
        start = i + 1
      }
    }
  }
  return sentences
}

function mentionsIn(file: VFile, block: {start: number; end: number}): string[] {
  return (file.data.entityMentions ?? []).filter((mention) => mention.start >= block.start && mention.end <= block.end).map((mention) => `${mention.exact} → ${mention.type} ${mention.name}`)
}

export function compareTwins(first: VFile, second: VFile): TwinComparison {
  const secondBlocks = new Map(blocksOf(second).map((block) => [normalize(block.text), block]))
  const result: TwinComparison = {blocks: 0, sameBlocks: 0, sameMentions: 0, onlyFirst: [], onlySecond: []}
  for (const block of blocksOf(first)) {
    result.blocks++
    const twin = secondBlocks.get(normalize(block.text))
    if (!twin) continue
    result.sameBlocks++
    const a = mentionsIn(first, block)
    const b = mentionsIn(second, twin)
    for (const mention of a) {
      const index = b.indexOf(mention)
      if (index >= 0) {
        b.splice(index, 1)
        result.sameMentions++
      } else result.onlyFirst.push(mention)
    }
    pushAll(result.onlySecond, b)
  }
  return result
}
