import {mkdir, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {open} from 'node:fs/promises'
import {removeStaleTemporaries} from './removeStaleTemporaries.js'

/** The output folder cannot be used; the run stops before reading anything. */
export class OutputFolderError extends Error {}

/**
 * Makes sure the run can write its output before spending time on the
 * inputs: the folder exists (or is created), is a folder, takes a new file,
 * and holds no temporary file a killed run left behind.
 */
export async function prepareOutputFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined)
  if (info && !info.isDirectory()) throw new OutputFolderError(`The output ${folder} is not a folder`)
  try {
    await mkdir(folder, {recursive: true})
    const probe = path.join(folder, `.kpd-${randomBytes(8).toString('hex')}.tmp`)
    await (await open(probe, 'wx')).close()
    // force: a shard starting beside this one may have removed it as a stale temporary.
    await rm(probe, {force: true})
    await removeStaleTemporaries(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new OutputFolderError(`The output folder ${folder} cannot be written (${code})`)
  }
}
