import type {VFile} from 'vfile'
import {canonicalName, normalizeName} from '../identity.js'
import {cleanTitle} from '../typeOfName.js'

/**
 * Anchors the batch links to two or more pages (`中央军事委员会` to one
 * party's commission on most pages and to one state's on another): folded
 * anchor → the canonical names of the pages behind it. The lexicon admits an
 * anchor only for a page it names (a fragment of a longer title is not
 * admitted), so an anchor linked mostly to a page it is a fragment of would
 * otherwise name the one page that admits it everywhere. Only aligned links
 * count: an unaligned anchor's words are not known to name anything.
 */
export function pagesOfAnchors(files: Iterable<VFile>): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>()
  for (const file of files) {
    for (const link of file.data.links ?? []) {
      if (!link.pageTitle || link.alignment === 'unaligned') continue
      const anchor = normalizeName(link.exact)
      if ([...anchor].length < 2) continue
      const page = canonicalName(normalizeName(cleanTitle(link.pageTitle)))
      pages.set(anchor, (pages.get(anchor) ?? new Set()).add(page))
    }
  }
  return pages
}

/**
 * Whether a surface names none of its pages for the batch: the batch links it
 * to two pages or more and it is the very name of none of them. The page
 * titled so keeps it (`朝鲜` linked to a page of that title and to others).
 */
export function namesNoOnePage(surface: string, pages: Map<string, Set<string>>): boolean {
  const behind = pages.get(surface)
  return behind !== undefined && behind.size > 1 && !behind.has(surface)
}
