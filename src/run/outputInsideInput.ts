import {realpathSync, statSync} from 'node:fs'
import path from 'node:path'

/** Real path of a folder that may not exist yet: its nearest existing ancestor's real path, plus the rest. */
function realPathOf(target: string): string {
  const absolute = path.resolve(target)
  const missing: string[] = []
  let existing = absolute
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...missing.reverse())
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) return absolute
      missing.push(path.basename(existing))
      existing = parent
    }
  }
}

const isFolder = (target: string) => {
  try {
    return statSync(target).isDirectory()
  } catch {
    return false
  }
}

/**
 * The input folder that holds (or is) the output folder, if any: a run there
 * would read its own records as sources on the next run (a record replaced
 * by a record of its JSON text). Compared on real paths, so `./out`, a
 * symlink or `..` tricks do not hide it.
 */
export function outputInsideInput(output: string, inputs: string[]): string | undefined {
  const out = realPathOf(output)
  for (const input of inputs) {
    if (!isFolder(input)) continue
    const folder = realPathOf(input)
    if (out === folder || out.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) return input
  }
  return undefined
}
