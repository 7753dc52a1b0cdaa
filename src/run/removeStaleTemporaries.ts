import {lstat, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {TEMPORARY_NAME} from './writeAtomic.js'

// Names of the temporary files of earlier versions (`<target>.<pid>.tmp`).
const LEGACY_TEMPORARY_NAME = /^.+\.(?:jsonld|nq|json)\.\d+\.tmp$/

/**
 * Removes the temporary files a killed run left in the output folder (whole
 * or partial, never renamed into place), so that they pile up nowhere and no
 * later run trips over them. Only regular files with our names are removed.
 */
export async function removeStaleTemporaries(folder: string): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(folder)) {
    if (!TEMPORARY_NAME.test(name) && !LEGACY_TEMPORARY_NAME.test(name)) continue
    const full = path.join(folder, name)
    // Another process writing to the same folder (a shard) may have renamed or removed it meanwhile.
    const info = await lstat(full).catch(() => undefined)
    if (!info?.isFile()) continue
    await rm(full, {force: true})
    removed.push(name)
  }
  return removed.sort()
}
