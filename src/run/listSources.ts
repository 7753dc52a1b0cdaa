import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

export interface SourceLocation {
  /** Where to read it. */
  path: string
  /** Relative name shown in the output (never absolute, so records match across machines). */
  sourceName: string
}

/**
 * The files of the batch: each `--input` is a file or a folder (read
 * recursively, hidden files skipped). Sorted by name, so runs are repeatable.
 */
export async function listSources(inputs: string[]): Promise<SourceLocation[]> {
  const found: SourceLocation[] = []
  for (const input of inputs) {
    const info = await stat(input)
    if (info.isDirectory()) {
      const entries = await readdir(input, {recursive: true, withFileTypes: true})
      for (const entry of entries) {
        if (!entry.isFile()) continue
        const full = path.join(entry.parentPath, entry.name)
        const relative = path.relative(input, full)
        if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue
        found.push({path: full, sourceName: relative.split(path.sep).join('/')})
      }
    } else {
      found.push({path: input, sourceName: path.basename(input)})
    }
  }
  return found.sort((a, b) => (a.sourceName < b.sourceName ? -1 : a.sourceName > b.sourceName ? 1 : 0))
}

/** Output stem of a source: its file name without the last extension. */
export function stemOf(sourceName: string): string {
  const base = sourceName.split('/').pop() ?? sourceName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}
