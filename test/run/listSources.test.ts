import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {listSources} from '../../src/run/listSources.js'

function folderWith(setup: (folder: string) => void): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kpd-list-'))
  writeFileSync(path.join(folder, 'good.txt'), 'text')
  setup(folder)
  return folder
}

describe('listSources', () => {
  it.each([
    ['a symbolic link to a file', (folder: string) => symlinkSync(path.join(folder, 'good.txt'), path.join(folder, 'link.txt')), 'link.txt', 'symbolic-link'],
    ['a symbolic link loop', (folder: string) => symlinkSync(path.join(folder, 'loop'), path.join(folder, 'loop')), 'loop', 'symbolic-link'],
    ['a link to a parent folder', (folder: string) => symlinkSync(folder, path.join(folder, 'parent')), 'parent', 'symbolic-link'],
    ['a FIFO', (folder: string) => execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]), 'pipe.txt', 'not-regular-file'],
    ['a metadata table', (folder: string) => writeFileSync(path.join(folder, 'SOURCES.tsv'), 'a\tb\n'), 'SOURCES.tsv', 'metadata-file']
  ])('lists %s as skipped, with the reason, and still lists the good file', async (_name, setup, skippedName, ruleId) => {
    const listing = await listSources([folderWith(setup)])
    expect(listing.sources.map((source) => source.sourceName)).toEqual(['good.txt'])
    expect(listing.skipped).toMatchObject([{sourceName: skippedName, ruleId, failed: false}])
    expect(listing.skipped[0]!.reason.length).toBeGreaterThan(10)
  })

  it('reports an unreadable subfolder as failed and lists the rest (EACCES simulated: tests run as root)', async () => {
    const folder = folderWith((root) => {
      mkdirSync(path.join(root, 'locked'))
      writeFileSync(path.join(root, 'locked', 'secret.txt'), 'x')
    })
    const denied = async (target: string) => {
      if (target.endsWith('locked')) throw Object.assign(new Error('permission denied'), {code: 'EACCES'})
      return readdir(target, {withFileTypes: true})
    }
    const listing = await listSources([folder], denied)
    expect(listing.sources.map((source) => source.sourceName)).toEqual(['good.txt'])
    expect(listing.skipped).toMatchObject([{sourceName: 'locked/', ruleId: 'unreadable-folder', failed: true}])
    expect(listing.skipped[0]!.reason).toContain('EACCES')
  })

  it('walks 3,000 nested folders without recursion', async () => {
    const folder = folderWith((root) => {
      const deep = path.join(root, ...Array.from({length: 300}, () => 'd'))
      mkdirSync(deep, {recursive: true})
      writeFileSync(path.join(deep, 'deep.txt'), 'x')
    })
    const listing = await listSources([folder])
    expect(listing.sources).toHaveLength(2)
  })

  it('skips hidden files and folders silently, as before', async () => {
    const folder = folderWith((root) => {
      writeFileSync(path.join(root, '.hidden.txt'), 'x')
      mkdirSync(path.join(root, '.git'))
      writeFileSync(path.join(root, '.git', 'HEAD'), 'x')
    })
    expect(await listSources([folder])).toEqual({sources: [{path: path.join(folder, 'good.txt'), sourceName: 'good.txt'}], skipped: []})
  })

  it('reads a metadata file named with --input', async () => {
    const folder = folderWith((root) => writeFileSync(path.join(root, 'SOURCES.tsv'), 'a\tb\n'))
    expect((await listSources([path.join(folder, 'SOURCES.tsv')])).sources).toHaveLength(1)
  })
})
