import {stemOf} from './listSources.js'

/**
 * Output names the run writes itself: an input whose stem is one of these
 * would have its record overwritten (`context.txt` → `context.jsonld`).
 */
export const RESERVED_STEMS = new Set(['context'])

/**
 * The stem of each source (record `<stem>.jsonld`, IRI `…/doc/<stem>`), in
 * the sorted order of the batch. A source's stem is its file name without the
 * extension; when that is reserved or taken by an earlier source (`a.md`
 * before `a.txt`), it is the whole relative name with `/` as `~`
 * (`a.txt`, `sub~a.txt`). `undefined` when that is taken too: the source fails
 * with `duplicate-stem`, it never overwrites another record.
 */
export function assignStems(sourceNames: string[]): Array<string | undefined> {
  const taken = new Set<string>()
  const claim = (stem: string) => {
    if (RESERVED_STEMS.has(stem) || taken.has(stem)) return false
    taken.add(stem)
    return true
  }
  const stems: Array<string | undefined> = sourceNames.map((name) => (claim(stemOf(name)) ? stemOf(name) : undefined))
  // Second pass, so that a plain stem is never taken by another source's full name.
  return stems.map((stem, index) => {
    if (stem !== undefined) return stem
    const full = sourceNames[index]!.split('/').join('~')
    return claim(full) ? full : undefined
  })
}
