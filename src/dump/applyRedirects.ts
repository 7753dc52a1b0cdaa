import type {VFile} from 'vfile'

/** The other names of a page: its redirects' titles, once each, sorted, without its own title. */
export function alternateNamesOf(names: string[], title: string | undefined): string[] {
  return [...new Set(names)].filter((name) => name !== title).sort()
}

/**
 * A dump's redirects are other names of their target page: each target gets
 * them (by its source name, `dump.xml#Title`). A redirect to a page the batch
 * does not hold is dropped. The batch keeps them on the page's state until
 * its record is made in pass 2 (the title is known then: see `withAlternateNames`).
 */
export function applyRedirects(targets: Array<{sourceName: string; alternateNames?: string[]}>, redirects: Map<string, string[]>): void {
  if (redirects.size === 0) return
  for (const target of targets) {
    const names = redirects.get(target.sourceName)
    if (names) target.alternateNames = alternateNamesOf(names, undefined)
  }
}

/** The record's document gets the other names (`alternateName`), its own title left out. */
export function withAlternateNames(file: VFile, names: string[] | undefined): void {
  if (!names?.length) return
  const alternateNames = alternateNamesOf(names, file.data.meta?.title)
  if (alternateNames.length > 0) file.data.meta = {...file.data.meta, alternateNames}
}
