/**
 * The sources of a batch, streamed: a file is one source, a MediaWiki dump
 * (plain, gzip or bzip2) one source per article page, read as the run asks
 * for the next one. Redirect pages are not sources: their titles are
 * collected as other names of their target (see `applyRedirects`).
 */
import {readFile} from 'node:fs/promises'
import type {SourceKind} from '../core/types.js'
import {SourceError} from '../core/SourceError.js'
import {stemOf, type SourceLocation} from '../run/listSources.js'
import {openStream, sniffDump} from './openDump.js'
import {pageStem} from './pageStem.js'

export interface PendingSource {
  sourceName: string
  stem: string
  /** Known from the container (a dump's pages are wikitext): detection is skipped. */
  kind?: SourceKind
  read: () => Promise<Uint8Array>
  /** Why the source cannot be read at all (a broken dump); no record, a failed manifest entry. */
  error?: SourceError
}

export interface ExpandedSources {
  sources: AsyncGenerator<PendingSource>
  /** Other titles of a page, by the page's source name (`dump.xml#Title`); complete once `sources` is exhausted. */
  redirects: Map<string, string[]>
}

/** Source name of a page of a dump: the dump's name and the page title. */
export const pageSourceName = (dumpName: string, title: string): string => `${dumpName}#${title}`

/** Only articles become records; talk, user, template and other namespaces are left out. */
const articleNamespace = 0

export function expandSources(locations: SourceLocation[]): ExpandedSources {
  const redirects = new Map<string, string[]>()
  async function* sources(): AsyncGenerator<PendingSource> {
    for (const location of locations) {
      const compression = await sniffDump(location.path)
      if (compression === undefined) {
        yield {sourceName: location.sourceName, stem: stemOf(location.sourceName), read: () => readFile(location.path)}
        continue
      }
      try {
        // The XML parser is loaded only when there is a dump to read.
        const {readDumpPages} = await import('./readDumpPages.js')
        for await (const page of readDumpPages(await openStream(location.path, compression))) {
          if (page.ns !== articleNamespace) continue
          if (page.redirect !== undefined) {
            const target = pageSourceName(location.sourceName, page.redirect)
            redirects.set(target, [...(redirects.get(target) ?? []), page.title])
            continue
          }
          const bytes = new TextEncoder().encode(page.text)
          yield {sourceName: pageSourceName(location.sourceName, page.title), stem: pageStem(page.title), kind: 'wikitext', read: async () => bytes}
        }
      } catch (error) {
        const reason = `The dump cannot be read to the end (${compression === 'none' ? 'XML' : compression}): ${(error as Error).message}; the pages before the problem were read.`
        yield {sourceName: location.sourceName, stem: stemOf(location.sourceName), read: async () => new Uint8Array(), error: new SourceError(reason, 'dump-broken')}
      }
    }
  }
  return {sources: sources(), redirects}
}
