import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runPipeline} from '../helpers/runScript.js'

/**
 * The batch as users run it at scale: the same bytes whatever the
 * concurrency, the input order or the sharding; re-runs from the cache;
 * removed inputs; a corrupt cache entry. Small fixtures keep it fast.
 */
const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `kpd-${name}-`))
const fixtures = path.join(root, 'test/fixtures')
const inputs = ['entities-links/input.md', 'wiki-misaligned-anchors/input.md', 'events-summits/input.md', 'news-story-blocks/input.html', 'pdf-chronology/input.txt', 'io-big5/input.txt', 'wiki-unaligned-anchor/input.md']

function makeInput(): string {
  const folder = temporary('scale-input')
  for (const name of inputs) cpSync(path.join(fixtures, name), path.join(folder, `${name.split('/')[0]}.${name.split('.').pop()}`))
  writeFileSync(path.join(folder, 'broken.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
  return folder
}

/** Every visible file of an output folder, by name. */
function contents(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')])
  )
}

const input = makeInput()
const single = temporary('scale-single')
const singleRun = await runPipeline(['--input', input, '--output', single, '--concurrency', '1'])
const expected = contents(single)

describe('a batch at scale', () => {
  it('writes every record, the dataset and the manifest; the bad file fails alone', () => {
    expect(singleRun.code).toBe(1)
    expect(singleRun.stderr).toMatch(/8 files: 7 written, 1 failed/)
    expect(Object.keys(expected)).toHaveLength(7 + 4)
    expect(expected['dataset.nq']!.split('\n').length).toBeGreaterThan(100)
  })

  it('gives the same bytes on two workers, without the cache, and with the inputs listed in another order', async () => {
    const output = temporary('scale-two')
    const reversed = [...readdirSync(input)].reverse().flatMap((name) => ['--input', path.join(input, name)])
    const run = await runPipeline([...reversed, '--output', output, '--concurrency', '2', '--no-cache'])
    expect(run.stderr).toBe(singleRun.stderr.replace(single, output))
    expect(contents(output)).toEqual(expected)
  }, 120_000)

  it.each([2, 3])(
    'gives the same bytes sharded over %i processes (ingest, merge-lexicon, records, merge)',
    async (count) => {
      const output = temporary(`scale-shards-${count}`)
      const common = ['--input', input, '--output', output, '--concurrency', '1']
      const shards = Array.from({length: count}, (_, index) => `${index}/${count}`)
      for (const run of await Promise.all(shards.map((shard) => runPipeline(['ingest', '--shard', shard, ...common])))) expect(run.code, run.stderr).toBe(0)
      expect((await runPipeline(['merge-lexicon', '--shards', String(count), ...common])).code).toBe(0)
      for (const run of await Promise.all(shards.map((shard) => runPipeline(['records', '--shard', shard, ...common])))) expect(run.code, run.stderr).toBe(0)
      const merged = await runPipeline(['merge', '--shards', String(count), ...common])
      expect(merged.code).toBe(1)
      expect(merged.stderr).toMatch(/8 files: 7 written, 1 failed/)
      expect(contents(output)).toEqual(expected)
    },
    180_000
  )

  it("re-runs from the cache, redoes a changed file, drops a removed input's record, and ignores a corrupt entry", async () => {
    const folder = makeInput()
    const output = temporary('scale-cache')
    expect((await runPipeline(['--input', folder, '--output', output])).code).toBe(1)
    const again = await runPipeline(['--input', folder, '--output', output])
    expect(again.stderr).toMatch(/8 files: 7 written/)
    expect(contents(output)).toEqual(contents(single))

    appendFileSync(path.join(folder, 'events-summits.md'), '\n另一段文字。\n')
    rmSync(path.join(folder, 'io-big5.txt'))
    // The clean run of the changed inputs (--no-cache, its own output) runs beside the re-run it is compared with.
    const fresh = temporary('scale-fresh')
    const [changed] = await Promise.all([runPipeline(['--input', folder, '--output', output]), runPipeline(['--input', folder, '--output', fresh, '--no-cache'])])
    expect(changed.stderr).toMatch(/7 files: 6 written, 1 failed/)
    expect(existsSync(path.join(output, 'io-big5.jsonld'))).toBe(false)
    expect(readFileSync(path.join(output, 'events-summits.jsonld'), 'utf8')).toContain('另一段文字')
    expect(contents(output)).toEqual(contents(fresh))

    const summaries = path.join(output, '.cache', 'ingest-summary')
    for (const shard of readdirSync(summaries)) for (const name of readdirSync(path.join(summaries, shard))) writeFileSync(path.join(summaries, shard, name), '{"trunc')
    const corrupt = await runPipeline(['--input', folder, '--output', output])
    expect(corrupt.stderr).toMatch(/Ignored a corrupt cache entry/)
    expect(contents(output)).toEqual(contents(fresh))
  }, 240_000)
})
