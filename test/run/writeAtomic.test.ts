import {lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {RunCache} from '../../src/run/cache.js'
import {writeAtomicSync} from '../../src/run/writeAtomic.js'

const folder = () => mkdtempSync(path.join(tmpdir(), 'kpd-write-atomic-'))

describe('writeAtomicSync', () => {
  it('writes text as UTF-8 and bytes as they are, leaving no temporary behind', () => {
    const dir = folder()
    writeAtomicSync(path.join(dir, 'a.txt'), '甲 𠀀\n')
    writeAtomicSync(path.join(dir, 'b.bin'), new Uint8Array([0, 255, 10]))
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('甲 𠀀\n')
    expect([...readFileSync(path.join(dir, 'b.bin'))]).toEqual([0, 255, 10])
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin'])
  })

  it('replaces a symlink at the target instead of writing through it', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'elsewhere.txt'), 'kept')
    symlinkSync(path.join(dir, 'elsewhere.txt'), path.join(dir, 'target.txt'))
    writeAtomicSync(path.join(dir, 'target.txt'), 'new')
    expect(lstatSync(path.join(dir, 'target.txt')).isSymbolicLink()).toBe(false)
    expect(readFileSync(path.join(dir, 'elsewhere.txt'), 'utf8')).toBe('kept')
  })

  it('throws and removes its temporary when the target cannot be replaced', () => {
    const dir = folder()
    mkdirSync(path.join(dir, 'taken', 'inside'), {recursive: true})
    expect(() => writeAtomicSync(path.join(dir, 'taken'), 'x')).toThrow()
    expect(readdirSync(dir)).toEqual(['taken'])
  })
})

describe('RunCache.writeSync', () => {
  it('stores an entry where `path` and `readJson` find it', async () => {
    const cache = new RunCache(folder(), true, () => {})
    const file = cache.writeSync('record', 'abcdef', JSON.stringify({ok: true}))
    expect(file).toBe(cache.path('record', 'abcdef'))
    expect(await cache.readJson('record', 'abcdef')).toEqual({ok: true})
  })
})
