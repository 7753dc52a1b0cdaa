import {codePointIndex} from '../../core/codePoints.js'
import type {Lexicon} from '../buildLexicon.js'
import {normalizeName} from '../identity.js'
import type {Candidate} from './candidate.js'

/** How far a page's lead runs: its first sentence gives the other renderings of its subject's name. */
const lead = 80

/**
 * Other renderings of a page's own person that its lead gives
 * (`某甲，中华人民共和国译作某乙`, `某甲，又译为某乙或某丙`: `rules/aliases.ts`)
 * name that person wherever the page writes them, over a batch link of the
 * same words: the page says whose name it is here, and a link of the batch
 * titled with those very words (a redirect's title) says no more than that a
 * page bears them. Each occurrence is a candidate named as the page's person.
 */
export function pageRenderings(folded: string[], aliases: Candidate[], pagePerson: string | undefined): Candidate[] {
  const found: Candidate[] = []
  if (!pagePerson) return found
  const text = folded.join('')
  const at = codePointIndex(text)
  const surfaces = new Set(aliases.filter((alias) => alias.name === pagePerson && alias.start < lead).map((alias) => folded.slice(alias.start, alias.end).join('')))
  for (const surface of surfaces) {
    if (surface === pagePerson) continue
    for (let index = text.indexOf(surface); index >= 0; index = text.indexOf(surface, index + surface.length)) {
      found.push({start: at(index), end: at(index + surface.length), type: 'Person', name: pagePerson, source: 'document'})
    }
  }
  return found
}

/**
 * Whether a surface a document names one entity by is no alternate name of
 * it for the batch: the batch's links give those words to another page (a
 * rendering the page gives its person is that page's sense, not the batch's).
 */
export function linkedToAnother(surface: string, name: string, lexicon: Lexicon): boolean {
  const linked = lexicon.get(normalizeName(surface))
  return linked !== undefined && linked.name !== name
}
