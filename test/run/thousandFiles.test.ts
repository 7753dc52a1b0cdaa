import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runPipeline} from '../helpers/runScript.js'

/**
 * Issue #14: a batch of 1,000 files once ran out of string length and wrote 1,000 records but
 * no dataset.nq, manifest.json or context.jsonld. Tiny generated files keep the run short.
 */
const COUNT = 1_000
const years = [2000, 2003, 2005, 2007, 2018, 2019]

// Opt-in (KPD_SCALE_TESTS=1 npm test): 20–50 s on two shared cores, more than the suite's ~30 s allowance for one case.
describe.runIf(process.env.KPD_SCALE_TESTS)('a batch of 1,000 files (KPD_SCALE_TESTS=1)', () => {
  it('writes every record, the dataset, the manifest and the context (exit 0)', async () => {
    const input = mkdtempSync(path.join(tmpdir(), 'kpd-thousand-'))
    const output = mkdtempSync(path.join(tmpdir(), 'kpd-thousand-output-'))
    for (let index = 0; index < COUNT; index++) {
      const year = years[index % years.length]
      writeFileSync(path.join(input, `note-${String(index).padStart(4, '0')}.md`), `# 会谈 ${index}\n\n${year}年${(index % 12) + 1}月${(index % 28) + 1}日，朝鲜和韩国在板门店举行第${index}次会谈。\n`)
    }
    const run = await runPipeline(['--input', input, '--output', output, '--concurrency', '2'])
    expect(run.stderr).toContain(`${COUNT} files: ${COUNT} written, 0 failed`)
    expect(run.code).toBe(0)
    const names = readdirSync(output)
    expect(names.filter((name) => /^note-\d{4}\.jsonld$/.test(name))).toHaveLength(COUNT)
    for (const name of ['dataset.nq', 'manifest.json', 'context.jsonld']) expect(names).toContain(name)
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8'))
    expect(manifest.files.filter((file: {status: string}) => file.status === 'ok')).toHaveLength(COUNT)
    const graphs = new Set(
      readFileSync(path.join(output, 'dataset.nq'), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => /<(https:\/\/w3id\.org\/kpdd\/doc\/[^>#]+)> \.$/.exec(line)?.[1])
    )
    expect(graphs.size).toBe(COUNT)
  }, 600_000)
})
