import {rename, rm, writeFile} from 'node:fs/promises'

/**
 * Writes through a temporary file in the same folder and renames it into
 * place: a reader never sees a half-written record, even if the run dies.
 */
export async function writeAtomic(target: string, content: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
