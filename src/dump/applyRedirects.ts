import type {VFile} from 'vfile'

/**
 * A dump's redirects are other names of their target page: each target
 * record gets them as `alternateName` (sorted, without its own title). A
 * redirect to a page the batch does not hold is dropped.
 */
export function applyRedirects(files: VFile[], redirects: Map<string, string[]>): void {
  for (const file of files) {
    const names = redirects.get(file.data.sourceName ?? '')
    if (!names) continue
    const title = file.data.meta?.title
    const alternateNames = [...new Set(names)].filter((name) => name !== title).sort()
    if (alternateNames.length > 0) file.data.meta = {...file.data.meta, alternateNames}
  }
}
