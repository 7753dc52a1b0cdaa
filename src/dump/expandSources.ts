/**
 * The sources of a batch, streamed: a file is one source, a MediaWiki dump
 * (plain, gzip or bzip2) one source per article page, read as the run asks
 * for the next one. Redirect pages are not sources: their titles are
 * collected as other names of their target (see `applyRedirects`).
 */
import type {SourceKind} from '../core/types.js'
import {SourceError} from '../core/SourceError.js'
import {RESERVED_STEMS} from '../run/assignStems.js'
import {stemOf, type SourceLocation} from '../run/listSources.js'
import {InputError} from '../run/fileStatus.js'
import {DEFAULT_MAX_FILE_BYTES, megabytes, type OpenFile, readSource} from '../run/readSource.js'
import {openStream, sniffDump} from './openDump.js'
import {pageStem} from './pageStem.js'
import {pushTo} from '../core/collect.js'

/** A file of the batch, as the batch lists it (place in the sorted batch, stem, size). */
export type ListedSource = SourceLocation & {index?: number; stem?: string | undefined; size?: number}

export interface PendingSource extends SourceLocation {
  /** Place of the file in the sorted batch; a dump's pages share their dump's (shards take whole dumps). */
  index: number
  /** Place of a dump's page in its dump (a broken dump's own entry comes after the pages read). */
  page?: number
  /** Undefined when no stem is left for it (it fails, `duplicate-stem`). */
  stem: string | undefined
  /** Size in bytes, when known before reading (a file's, from the listing; a page's text). */
  size?: number
  /** Known from the container (a dump's pages are wikitext): detection is skipped. */
  kind?: SourceKind
  /** The bytes: a file is read when its turn comes (regular files only, size limit); a page's text is at hand. */
  read: () => Promise<Uint8Array>
  /** Why the source gives no record before it is read (a broken dump, a page whose stem is taken). */
  error?: Error & {ruleId: string}
}

export interface ExpandedSources {
  sources: AsyncGenerator<PendingSource>
  /** Other titles of a page, by the page's source name (`dump.xml#Title`); complete once `sources` is exhausted. */
  redirects: Map<string, string[]>
}

export interface ExpandOptions {
  /** A file or a dump's page larger than this fails unread (`--max-file-size`); a dump itself is streamed, whatever its size. */
  maxFileBytes?: number
  /** How files are opened (replaceable in tests: EACCES cannot be had as root). */
  openFile?: OpenFile
  /**
   * Stems already given (those of every file of the batch, whichever shard
   * runs it): a page whose stem is one of them, or a page's before it, fails.
   */
  claimed?: Iterable<string | undefined>
}

/** Source name of a page of a dump: the dump's name and the page title. */
export const pageSourceName = (dumpName: string, title: string): string => `${dumpName}#${title}`

/** Only articles become records; talk, user, template and other namespaces are left out. */
const articleNamespace = 0

export function expandSources(locations: ListedSource[], options: ExpandOptions = {}): ExpandedSources {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const redirects = new Map<string, string[]>()
  const taken = new Set<string>(RESERVED_STEMS)
  for (const stem of options.claimed ?? locations.map((location) => location.stem ?? stemOf(location.sourceName))) if (stem !== undefined) taken.add(stem)

  async function* sources(): AsyncGenerator<PendingSource> {
    for (const [position, location] of locations.entries()) {
      const index = location.index ?? position
      const stem = 'stem' in location ? location.stem : stemOf(location.sourceName)
      const file = {path: location.path, sourceName: location.sourceName, index, stem}
      // Not a dump (or not readable: reading it says why): one source.
      const compression = await sniffDump(location.path)
      if (compression === undefined) {
        yield {...file, ...(location.size === undefined ? {} : {size: location.size}), read: () => readSource(location.path, maxFileBytes, options.openFile)}
        continue
      }
      let page = 0
      try {
        // The XML parser is loaded only when there is a dump to read.
        const {readDumpPages} = await import('./readDumpPages.js')
        for await (const dumpPage of readDumpPages(await openStream(location.path, compression))) {
          if (dumpPage.ns !== articleNamespace) continue
          const sourceName = pageSourceName(location.sourceName, dumpPage.title)
          if (dumpPage.redirect !== undefined) {
            const target = pageSourceName(location.sourceName, dumpPage.redirect)
            pushTo(redirects, target, dumpPage.title)
            continue
          }
          const bytes = new TextEncoder().encode(dumpPage.text)
          const wanted = pageStem(dumpPage.title)
          const free = !taken.has(wanted)
          taken.add(wanted)
          const source: PendingSource = {path: location.path, sourceName, index, page: page++, stem: free ? wanted : undefined, size: bytes.length, kind: 'wikitext', read: async () => bytes}
          if (!free) {
            source.error = new InputError(`Another source already has the stem “${wanted}” (this page's title as a file name); its record would be overwritten, so this page gives none`, 'duplicate-stem')
          } else if (bytes.length > maxFileBytes) {
            source.error = new InputError(`The page is ${megabytes(bytes.length)}, over the limit of ${megabytes(maxFileBytes)} (--max-file-size)`, 'file-too-large')
          }
          yield source
        }
      } catch (error) {
        const reason = `The dump cannot be read to the end (${compression === 'none' ? 'XML' : compression}): ${(error as Error).message}; the pages before the problem were read.`
        yield {...file, page, read: async () => new Uint8Array(), error: new SourceError(reason, 'dump-broken')}
      }
    }
  }
  return {sources: sources(), redirects}
}
