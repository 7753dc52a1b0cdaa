import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {toNQuads} from '../src/jsonld/toNQuads.js'
import {root, runCompiled} from './helpers/runScript.js'

const validate = (folder: string) => runCompiled('validate', ['--data', folder])

/** A copy of the committed output (its smallest record: validating is slow), damaged by `damage`. */
const stem = '004_8b28bf2e2f96db07'
const quads = await toNQuads(JSON.parse(readFileSync(path.join(root, 'output', `${stem}.jsonld`), 'utf8')), stem)

function damagedOutput(damage: (folder: string) => void): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kpd-validate-'))
  for (const name of [`${stem}.jsonld`, 'context.jsonld', 'manifest.json']) cpSync(path.join(root, 'output', name), path.join(folder, name))
  writeFileSync(path.join(folder, 'dataset.nq'), `${[...quads].sort().join('\n')}\n`)
  damage(folder)
  return folder
}

const truncate = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000))

describe('validate on damaged output', () => {
  it('passes an undamaged copy (exit 0)', async () => {
    const run = await validate(damagedOutput(() => {}))
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('2 files validated: 0 violations')
    expect(run.code).toBe(0)
  }, 120_000)

  it.each([
    ['a missing dataset.nq', (folder: string) => rmSync(path.join(folder, 'dataset.nq')), /dataset\.nq: missing/],
    ['a missing manifest.json', (folder: string) => rmSync(path.join(folder, 'manifest.json')), /manifest\.json: missing/],
    ['a truncated record', (folder: string) => truncate(path.join(folder, `${stem}.jsonld`)), new RegExp(`${stem}\\.jsonld: cannot be read`)],
    ['a truncated dataset.nq', (folder: string) => truncate(path.join(folder, 'dataset.nq')), /dataset\.nq: cannot be read/],
    ['a truncated manifest.json', (folder: string) => truncate(path.join(folder, 'manifest.json')), /manifest\.json: cannot be read/]
  ])(
    'names %s and exits 3',
    async (_name, damage, message) => {
      const run = await validate(damagedOutput(damage))
      expect(run.code).toBe(3)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    },
    120_000
  )
})
