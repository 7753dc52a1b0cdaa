import type {VFile} from 'vfile'
import {foldScript} from '../script/foldScript.js'
import type {EntityType} from './entityTypes.js'
import {tagPlain} from './jieba.js'
import {cleanTitle, typeOfName} from './typeOfName.js'

export interface LexiconEntry {
  name: string
  type: EntityType
  /** Wikipedia URL of the entity, when a link names it. */
  sameAs?: string
}

/** Folded surface form → entity: names gathered from the links of the whole batch. */
export type Lexicon = Map<string, LexiconEntry>

/**
 * The batch's lexicon: every link names an entity (its page) with the words
 * of its anchor, so a name linked on one page is recognised unlinked on all
 * pages. The type comes from the page title; an untyped page is left out. An
 * anchor no part of which names the page still gives the name the text uses
 * at its start when jieba reads it as a name (`小布什` in
 * `[小布什为免美国同时陷入](…/乔治·沃克·布什)`).
 */
export function buildLexicon(files: VFile[]): Lexicon {
  const votes = new Map<string, Map<string, {entry: LexiconEntry; count: number}>>()
  const urlsOf = new Map<string, Set<string>>()
  const vote = (surface: string, entry: LexiconEntry) => {
    if (entry.sameAs) urlsOf.set(entry.name, (urlsOf.get(entry.name) ?? new Set()).add(entry.sameAs))
    const folded = foldScript(surface)
    if ([...folded].length < 2) return
    const byName = votes.get(folded) ?? new Map()
    const key = `${entry.type}\u0000${entry.name}`
    const current = byName.get(key)
    if (current) {
      current.count++
      if (entry.sameAs && (!current.entry.sameAs || entry.sameAs < current.entry.sameAs)) current.entry.sameAs = entry.sameAs
    } else {
      byName.set(key, {entry: {...entry}, count: 1})
    }
    votes.set(folded, byName)
  }

  for (const file of files) {
    for (const link of file.data.links ?? []) {
      if (!link.pageTitle) continue
      const typing = typeOfName(link.pageTitle)
      if (!typing) continue
      const entry: LexiconEntry = {...typing, sameAs: link.url}
      vote(typing.name, entry)
      vote(cleanTitle(link.pageTitle), entry)
      if (link.alignment !== 'unaligned') {
        vote(link.exact, entry)
      } else if (typing.type === 'Person') {
        const [first] = tagPlain(link.anchor)
        if (first && /^(nr|nrt|nrfg|x)$/.test(first.tag) && [...first.word].length >= 2) vote(first.word, entry)
      }
    }
  }

  const lexicon: Lexicon = new Map()
  for (const [surface, byName] of [...votes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const best = [...byName.values()].sort((a, b) => b.count - a.count || (a.entry.name < b.entry.name ? -1 : 1))[0]!
    lexicon.set(surface, best.entry)
  }
  // Every name of one entity points at the same Wikipedia page: the page titled
  // with the canonical name when some link points there, else the first by order.
  for (const entry of lexicon.values()) {
    const urls = [...(urlsOf.get(entry.name) ?? [])].sort()
    const url = urls.find((candidate) => decodeURIComponent(candidate).endsWith(`/${entry.name}`)) ?? urls[0]
    if (url) entry.sameAs = url
  }
  return lexicon
}
