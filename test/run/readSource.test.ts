import {execFileSync} from 'node:child_process'
import {chmodSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/run/processSource.js'
import {readSource} from '../../src/run/readSource.js'

const folder = mkdtempSync(path.join(tmpdir(), 'kpd-read-'))
const isRoot = process.getuid?.() === 0

async function readError(...args: Parameters<typeof readSource>): Promise<InputError> {
  try {
    await readSource(...args)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readSource', () => {
  it('reads a regular file', async () => {
    writeFileSync(path.join(folder, 'a.txt'), '六方会谈')
    expect(Buffer.from(await readSource(path.join(folder, 'a.txt'))).toString()).toBe('六方会谈')
  })

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe')])
    expect((await readError(path.join(folder, 'pipe'))).ruleId).toBe('not-regular-file')
  })

  it('refuses /dev/zero instead of reading forever', async () => {
    expect((await readError('/dev/zero')).ruleId).toBe('not-regular-file')
  })

  it('checks the size limit before reading', async () => {
    writeFileSync(path.join(folder, 'big.txt'), 'x'.repeat(2048))
    const error = await readError(path.join(folder, 'big.txt'), 1024)
    expect(error.ruleId).toBe('file-too-large')
    expect(error.message).toContain('--max-file-size')
  })

  it('names a permission error (EACCES simulated: tests run as root)', async () => {
    const denied = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
    }
    const error = await readError(path.join(folder, 'a.txt'), 1024, denied)
    expect(error).toMatchObject({ruleId: 'unreadable-file', message: 'The file cannot be read: permission denied'})
  })

  it.skipIf(isRoot)('names a real chmod 000 file (skipped as root, who can read it anyway)', async () => {
    writeFileSync(path.join(folder, 'locked.txt'), 'x')
    chmodSync(path.join(folder, 'locked.txt'), 0)
    expect((await readError(path.join(folder, 'locked.txt'))).ruleId).toBe('unreadable-file')
  })

  it('names a symbolic link loop', async () => {
    execFileSync('ln', ['-s', path.join(folder, 'loop'), path.join(folder, 'loop')])
    expect((await readError(path.join(folder, 'loop'))).message).toContain('loop')
  })
})
