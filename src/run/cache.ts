import {createHash} from 'node:crypto'
import {mkdirSync} from 'node:fs'
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {writeAtomic, writeAtomicSync} from './writeAtomic.js'

/** SHA-256 of the parts, each length-prefixed so no two lists of parts collide. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part
    hash.update(`${bytes.length}:`).update(bytes)
  }
  return hash.digest('hex')
}

/**
 * A content-addressed store on disk: `<dir>/<kind>/<ab>/<key>.<ext>`. An
 * entry is written atomically; one that cannot be read back whole is
 * ignored (and reported through `warn`), never trusted. With `reuse` off
 * (`--no-cache`) nothing is read back, but entries are still written: the
 * run itself keeps its intermediate results there.
 */
export class RunCache {
  constructor(
    readonly dir: string,
    readonly reuse: boolean,
    readonly warn: (reason: string) => void
  ) {}

  path(kind: string, key: string, ext = 'json'): string {
    return path.join(this.dir, kind, key.slice(0, 2), `${key}.${ext}`)
  }

  async readJson<T>(kind: string, key: string, valid: (value: any) => boolean = () => true): Promise<T | undefined> {
    if (!this.reuse) return undefined
    const file = this.path(kind, key)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      return undefined
    }
    try {
      const value = JSON.parse(text)
      if (value !== null && typeof value === 'object' && valid(value)) return value as T
    } catch {
      // Not JSON: a corrupt entry, warned about below.
    }
    this.warn(`Ignored a corrupt cache entry: ${path.relative(this.dir, file)}`)
    return undefined
  }

  async write(kind: string, key: string, content: string | Uint8Array, ext = 'json'): Promise<string> {
    const file = this.path(kind, key, ext)
    await mkdir(path.dirname(file), {recursive: true})
    await writeAtomic(file, content)
    return file
  }

  /** `write` without awaiting: for a worker thread, where waiting for the thread pool is only idle time (`writeAtomicSync`). */
  writeSync(kind: string, key: string, content: string | Uint8Array, ext = 'json'): string {
    const file = this.path(kind, key, ext)
    mkdirSync(path.dirname(file), {recursive: true})
    writeAtomicSync(file, content)
    return file
  }
}
