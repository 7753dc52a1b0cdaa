import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runScript} from '../helpers/runScript.js'

describe('npm run report', () => {
  it('writes the site from a data folder', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'report-cli-'))
    const run = await runScript('src/cli/report.ts', ['--data', 'output', '--output', site])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\d+ pages \(5 documents, \d+ meetings, \d+ entities\) → /)
    for (const file of ['index.html', 'timeline.html', 'entities.html', 'assets/site.js', 'assets/site.css']) {
      expect(existsSync(path.join(site, file)), file).toBe(true)
    }
    rmSync(site, {recursive: true, force: true})
  })

  it('exits 2 on a usage error', async () => {
    const [unknown, missing] = await Promise.all([runScript('src/cli/report.ts', ['--nope']), runScript('src/cli/report.ts', ['--data', 'no-such-folder', '--output', path.join(tmpdir(), 'x')])])
    expect(unknown.code).toBe(2)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('No such folder: no-such-folder')
  })
})
