import {randomBytes} from 'node:crypto'
import {closeSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
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
  const temporary = temporaryBeside(target)
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

const temporaryBeside = (target: string) => path.join(path.dirname(target), `.kpd-${randomBytes(8).toString('hex')}.tmp`)

/**
 * `writeAtomic` in one go, for a worker thread that has nothing else to do
 * meanwhile: each awaited step of the other is a round trip through libuv's
 * thread pool, and a record task's five writes of five steps each kept the
 * worker waiting ≈ 1 s in 100 files on a loaded machine.
 */
export function writeAtomicSync(target: string, content: string | Uint8Array): void {
  const temporary = temporaryBeside(target)
  try {
    const handle = openSync(temporary, 'wx', 0o644)
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content
      for (let offset = 0; offset < bytes.length;) offset += writeSync(handle, bytes, offset)
    } finally {
      closeSync(handle)
    }
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
