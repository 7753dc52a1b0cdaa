import {randomBytes} from 'node:crypto'
import {open, rename, rm} from 'node:fs/promises'
import path from 'node:path'

/** Temporary files of a run: hidden, random, and recognisable by `removeStaleTemporaries`. */
export const TEMPORARY_NAME = /^\.kpd-[0-9a-f]{16}\.tmp$/

/**
 * Writes through a temporary file in the same folder and renames it into
 * place: a reader never sees a half-written record, even if the run dies.
 * The temporary name is random and created exclusively (`wx`: a planted file
 * or symlink there makes the write fail instead of being followed), and
 * `rename` replaces a symlink at the target instead of writing through it.
 */
export async function writeAtomic(target: string, content: string | Uint8Array | string[]): Promise<void> {
  const temporary = path.join(path.dirname(target), `.kpd-${randomBytes(8).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      if (!Array.isArray(content)) await handle.writeFile(content)
      // Large content comes as lines, written in chunks: one string of it may exceed V8's string length.
      else for (let index = 0; index < content.length; index += 10_000) await handle.write(content.slice(index, index + 10_000).join(''))
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
