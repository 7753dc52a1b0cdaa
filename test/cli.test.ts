import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import jsonld from 'jsonld'
import {describe, expect, inject, it} from 'vitest'
import {offlineDocumentLoader} from '../src/jsonld/offlineLoader.js'
import {corpusFolder as corpus, hasCorpus} from './helpers/corpus.js'
import {root, runPipeline} from './helpers/runScript.js'

// The compiled CLI, as `npm run pipeline` runs it (the test setup builds it).
const runCli = runPipeline

const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `kpd-${name}-`))
// The cache and shard parts are hidden folders of the output.
const listing = (folder: string) =>
  readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
const read = (folder: string, name: string) => readFileSync(path.join(folder, name), 'utf8')

describe('the pipeline command', () => {
  it('turns the five seeds into five records, a dataset and a manifest, byte-identical across runs', async () => {
    // The first run is the suite's shared run of the seeds (test/globalSetup.ts).
    const first = inject('seedsOutput')
    const second = temporary('second')
    expect(inject('seedsStderr')).toMatch(/5 files: 5 written, 0 failed/)
    expect((await runCli(['--input', path.join(root, 'input'), '--output', second, '--concurrency', '1', '--no-cache'])).code).toBe(0)
    const names = listing(first)
    expect(names.filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')).toHaveLength(5)
    expect(names).toContain('dataset.nq')
    expect(names).toContain('manifest.json')
    expect(names).toContain('context.jsonld')
    expect(listing(second)).toEqual(names)
    for (const name of names) {
      const content = read(first, name)
      expect(read(second, name)).toBe(content)
      expect(content).not.toContain(root)
      expect(content).not.toContain(tmpdir())
    }
    const manifest = JSON.parse(read(first, 'manifest.json'))
    expect(manifest.files.map((entry: {kind: string}) => entry.kind)).toEqual(['wiki', 'wiki', 'news', 'pdf', 'wiki'])
    expect(manifest.files.every((entry: {status: string; sha256: string}) => entry.status === 'ok' && /^[0-9a-f]{64}$/.test(entry.sha256))).toBe(true)
  }, 240_000)

  it('reports a bad input with a clear error, exits 1 and still writes the others', async () => {
    const input = temporary('bad-input')
    const output = temporary('bad-output')
    cpSync(path.join(root, 'input', '002_81916d54a5620362.txt'), path.join(input, 'news.txt'))
    writeFileSync(path.join(input, 'broken.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
    const run = await runCli(['--input', input, '--output', output])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/broken\.bin[\s\S]*error[\s\S]*binary-file/)
    expect(run.stderr).toMatch(/2 files: 1 written, 1 failed/)
    expect(listing(output)).toEqual(['context.jsonld', 'dataset.nq', 'kpd.ttl', 'manifest.json', 'news.jsonld'])
    const manifest = JSON.parse(read(output, 'manifest.json'))
    expect(manifest.files[0]).toMatchObject({file: 'broken.bin', status: 'failed'})
    expect(manifest.files[0].errors[0].ruleId).toBe('binary-file')
  }, 240_000)

  it('exits 2 on a usage error and prints help', async () => {
    // Four independent runs, side by side: each waits mostly on its own start-up.
    const [unknown, zero, missing, help] = await Promise.all([runCli(['--frobnicate']), runCli(['--concurrency', 'zero']), runCli(['--input', 'no/such/folder']), runCli(['--help'])])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Usage:')
    expect(zero.code).toBe(2)
    expect(missing.code).toBe(2)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--concurrency')
  }, 240_000)

  it.skipIf(!hasCorpus)(
    'gives one valid record for every document of the corpus',
    async () => {
      // The suite's shared run of the seeds with the whole corpus (test/globalSetup.ts).
      const output = inject('corpusOutput')
      const manifest = JSON.parse(read(output, 'manifest.json')) as {files: Array<{file: string; record?: string; status: string}>}
      const documents = readdirSync(corpus, {withFileTypes: true})
        .filter((folder) => folder.isDirectory())
        .flatMap((folder) => readdirSync(path.join(corpus, folder.name)))
      expect(documents.length).toBeGreaterThan(40)
      for (const name of documents) {
        const entry = manifest.files.find((file) => path.basename(file.file) === name)
        expect(entry?.status, name).toBe('ok')
        const record = JSON.parse(read(output, entry!.record!))
        // Expanding offline never waits on I/O: let the test runner's messages through between records.
        await new Promise((resolve) => setImmediate(resolve))
        const expanded = await jsonld.expand(record, {safe: true, documentLoader: offlineDocumentLoader} as jsonld.Options.Expand)
        expect(expanded.length).toBeGreaterThan(0)
        expect(record['@graph'][0].name, name).toBeTruthy()
      }
    },
    300_000
  )
})
