import {readdir, stat} from 'node:fs/promises'
import type {Dirent} from 'node:fs'
import path from 'node:path'
import {isMetadataFile} from './metadataFiles.js'

export interface SourceLocation {
  /** Where to read it. */
  path: string
  /** Relative name shown in the output (never absolute, so records match across machines). */
  sourceName: string
}

/** An entry of an input folder that is not read, and why (listed in the manifest). */
export interface SkippedEntry {
  sourceName: string
  reason: string
  ruleId: 'symbolic-link' | 'not-regular-file' | 'metadata-file' | 'unreadable-folder'
  /** An unreadable folder is a failure of the run (its files are lost); the others are by rule. */
  failed: boolean
}

export interface SourceListing {
  sources: SourceLocation[]
  skipped: SkippedEntry[]
}

/** Reads one folder's entries; injectable so that tests can simulate an unreadable folder as root. */
export type ReadFolder = (folder: string) => Promise<Dirent[]>

const readFolder: ReadFolder = (folder) => readdir(folder, {withFileTypes: true})

const byName = <T extends {sourceName: string}>(a: T, b: T) => (a.sourceName < b.sourceName ? -1 : a.sourceName > b.sourceName ? 1 : 0)

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message

function skippedKind(entry: Dirent): Pick<SkippedEntry, 'reason' | 'ruleId'> | undefined {
  if (entry.isSymbolicLink()) return {ruleId: 'symbolic-link', reason: 'a symbolic link: links inside an input folder are not followed (name the target with --input)'}
  if (entry.isFIFO()) return {ruleId: 'not-regular-file', reason: 'a named pipe (FIFO): only regular files are read'}
  if (entry.isSocket()) return {ruleId: 'not-regular-file', reason: 'a socket: only regular files are read'}
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return {ruleId: 'not-regular-file', reason: 'a device: only regular files are read'}
  return undefined
}

/**
 * Walks one input folder without recursion (deep trees cannot overflow the
 * stack) and without following symbolic links (so a link loop cannot trap it).
 */
async function walkFolder(root: string, listing: SourceListing, read: ReadFolder): Promise<void> {
  const pending = [root]
  while (pending.length > 0) {
    const folder = pending.pop()!
    const relativeFolder = path.relative(root, folder).split(path.sep).join('/')
    const nameOf = (name: string) => (relativeFolder === '' ? name : `${relativeFolder}/${name}`)
    let entries: Dirent[]
    try {
      entries = await read(folder)
    } catch (error) {
      listing.skipped.push({sourceName: `${relativeFolder || '.'}/`, ruleId: 'unreadable-folder', reason: `the folder cannot be read (${errorCode(error)}): its files are not in this run`, failed: true})
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const sourceName = nameOf(entry.name)
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) pending.push(full)
      else if (entry.isFile()) {
        if (isMetadataFile(entry.name))
          listing.skipped.push({sourceName, ruleId: 'metadata-file', reason: 'a data or metadata file (.tsv, .csv, .json, .jsonld, .nq, .nt, .ttl), not a document: name it with --input to read it anyway', failed: false})
        else listing.sources.push({path: full, sourceName})
      } else {
        const kind = skippedKind(entry) ?? {ruleId: 'not-regular-file' as const, reason: 'not a regular file'}
        listing.skipped.push({sourceName, ...kind, failed: false})
      }
    }
  }
}

/**
 * The files of the batch: each `--input` is a file or a folder (read
 * recursively, hidden files skipped, links and special files listed as
 * skipped). A file named directly is always a source: reading it checks that
 * it is a regular file. Sorted by name, so runs are repeatable.
 */
export async function listSources(inputs: string[], read: ReadFolder = readFolder): Promise<SourceListing> {
  const listing: SourceListing = {sources: [], skipped: []}
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined)
    if (info?.isDirectory()) await walkFolder(input, listing, read)
    else listing.sources.push({path: input, sourceName: path.basename(input)})
  }
  listing.sources.sort(byName)
  listing.skipped.sort(byName)
  return listing
}

/** Output stem of a source: its file name without the last extension. */
export function stemOf(sourceName: string): string {
  const base = sourceName.split('/').pop() ?? sourceName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}
