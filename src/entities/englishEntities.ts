import {englishNlp} from '../english/englishNlp.js'
import {codePointIndex} from '../core/codePoints.js'
import type {Candidate} from './findCandidates.js'

const states = new Set(['North Korea', 'South Korea', 'United States', 'China', 'Japan', 'Russia', 'Singapore', 'Vietnam', 'Korea'])

interface Found {
  text: string
  offset: {start: number; length: number}
}

/** compromise's offsets cut a hyphenated name (`Kim Jong-`): the name runs to the end of its word. */
function extent(text: string, start: number, length: number): string {
  let end = start + length
  while (end < text.length && /[\p{L}\p{M}'-]/u.test(text[end]!) && /[-\p{L}]/u.test(text[end - 1]!)) end++
  return text.slice(start, end)
}

/**
 * People, places and organizations of English text, as compromise finds them
 * (it understands English only). Offsets are turned into code points; a
 * trailing possessive is not part of the name.
 */
export function englishCandidates(text: string): Candidate[] {
  const document = englishNlp()(text)
  const found: Candidate[] = []
  const at = codePointIndex(text)
  const add = (items: Found[], type: (name: string) => Candidate['type']) => {
    for (const item of items) {
      const surface = extent(text, item.offset.start, item.offset.length)
        .replace(/['’]s$/, '')
        .replace(/[\s,.;:]+$/, '')
      if (surface.length < 2) continue
      const start = at(item.offset.start)
      found.push({start, end: start + [...surface].length, type: type(surface), name: surface, source: 'nlp'})
    }
  }
  add(document.people().json({offset: true}) as Found[], () => 'Person')
  add(document.places().json({offset: true}) as Found[], (name) => (states.has(name) ? 'Country' : 'Place'))
  add(document.organizations().json({offset: true}) as Found[], () => 'Organization')
  return found
}
