import {execFileSync} from 'node:child_process'
import {existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {open} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runBatch} from '../../src/run/runBatch.js'

const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `kpd-batch-${name}-`))
const good = '# 板门店会谈\n\n2018年4月27日，朝鲜和韩国在板门店举行首脑会谈。\n'
const manifestOf = (output: string) => JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8')) as {files: Array<Record<string, any>>}
const entryOf = (output: string, file: string) => manifestOf(output).files.find((entry) => entry.file === file)
/** The output folder's entries, but for the run's own cache (`.cache/`, see README, Scale). */
const outputEntries = (output: string) =>
  readdirSync(output)
    .filter((name) => name !== '.cache')
    .sort()
/**
 * The product's worker as the CLI runs it, compiled (`dist/`, built fresh by the test setup): a worker
 * started from the TypeScript sources compiles every module again in each thread it starts.
 */
const worker = new URL('../../dist/src/run/worker.js', import.meta.url)
/** A batch worker serving other pipelines (`test/fixtures/workers/`). */
const fixtureWorker = (name: string) => new URL(`../fixtures/workers/${name}.ts`, import.meta.url)

describe('runBatch: a bad file fails alone', () => {
  it('writes the good files beside an unreadable one, a FIFO, a link, a metadata file and an empty one', async () => {
    const input = temporary('input')
    const output = temporary('output')
    writeFileSync(path.join(input, 'good.md'), good)
    writeFileSync(path.join(input, 'locked.md'), good)
    writeFileSync(path.join(input, 'blank.md'), '\n\n')
    writeFileSync(path.join(input, 'SOURCES.tsv'), 'file\turl\n')
    execFileSync('mkfifo', [path.join(input, 'pipe.md')])
    symlinkSync(path.join(input, 'good.md'), path.join(input, 'link.md'))
    // EACCES as root can only be simulated.
    const openFile = async (target: string) => {
      if (target.endsWith('locked.md')) throw Object.assign(new Error('denied'), {code: 'EACCES'})
      return open(target, 'r')
    }
    const {files, skipped} = await runBatch({inputs: [input], output, concurrency: 2, openFile, worker})
    expect(files.map((file) => file.data.sourceName)).toEqual(['blank.md', 'good.md', 'locked.md'])
    expect(skipped.map((entry) => [entry.sourceName, entry.ruleId])).toEqual([
      ['SOURCES.tsv', 'metadata-file'],
      ['link.md', 'symbolic-link'],
      ['pipe.md', 'not-regular-file']
    ])
    expect(outputEntries(output)).toEqual(['context.jsonld', 'dataset.nq', 'good.jsonld', 'kpd.ttl', 'manifest.json'])
    expect(entryOf(output, 'locked.md')).toMatchObject({status: 'failed', errors: [{ruleId: 'unreadable-file'}]})
    expect(entryOf(output, 'blank.md')).toMatchObject({status: 'failed', errors: [{ruleId: 'empty-file'}]})
    expect(entryOf(output, 'pipe.md')).toMatchObject({status: 'skipped', ruleId: 'not-regular-file'})
    expect(entryOf(output, 'good.md')).toMatchObject({status: 'ok', record: 'good.jsonld'})
  })

  it('gives same-stem inputs and an input named context.txt their own records', async () => {
    const input = temporary('stems')
    const output = temporary('stems-output')
    for (const name of ['a.md', 'a.txt', 'context.txt']) writeFileSync(path.join(input, name), good)
    await runBatch({inputs: [input], output, concurrency: 1, worker})
    expect(outputEntries(output)).toEqual(['a.jsonld', 'a.txt.jsonld', 'context.jsonld', 'context.txt.jsonld', 'dataset.nq', 'kpd.ttl', 'manifest.json'])
    expect(JSON.parse(readFileSync(path.join(output, 'context.jsonld'), 'utf8'))).not.toHaveProperty('@graph')
    expect(JSON.parse(readFileSync(path.join(output, 'context.txt.jsonld'), 'utf8'))['@graph'][0]['@id']).toBe('https://w3id.org/kpdd/doc/context.txt')
  })

  it('never writes through a symlink planted at an output name, and removes stale temporary files', async () => {
    const input = temporary('links')
    const output = temporary('links-output')
    const outside = path.join(temporary('outside'), 'victim.txt')
    writeFileSync(outside, 'precious')
    writeFileSync(path.join(input, 'good.md'), good)
    for (const name of ['manifest.json', 'dataset.nq', 'context.jsonld', 'good.jsonld']) symlinkSync(outside, path.join(output, name))
    writeFileSync(path.join(output, '.kpd-0123456789abcdef.tmp'), '{"half": ')
    writeFileSync(path.join(output, 'dataset.nq.4242.tmp'), '<a')
    await runBatch({inputs: [input], output, concurrency: 1, worker})
    expect(readFileSync(outside, 'utf8')).toBe('precious')
    for (const name of ['manifest.json', 'dataset.nq', 'context.jsonld', 'good.jsonld']) expect(lstatSync(path.join(output, name)).isFile()).toBe(true)
    expect(readdirSync(output).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an output that is a file, before reading anything', async () => {
    const output = path.join(temporary('file-output'), 'out')
    writeFileSync(output, 'not a folder')
    await expect(runBatch({inputs: [temporary('empty')], output, concurrency: 1, worker})).rejects.toThrow(/is not a folder/)
  })

  it('cuts a 20,000-deep nesting with a warning and keeps its text', async () => {
    const input = temporary('deep')
    const output = temporary('deep-output')
    writeFileSync(path.join(input, 'quotes.md'), `# 引文\n\n${'> '.repeat(20_000)}深层引文保留\n`)
    // Read as English plain text: compromise once took 4 min and 934 MB on this line.
    writeFileSync(path.join(input, 'numbers.txt'), `${'1. '.repeat(20_000)}The talks resumed in Beijing on 26 July 2005 and 深层文字保留.\n`)
    writeFileSync(path.join(input, 'divs.html'), `<!-- 1528000000000 -->\n<div><a href="https://example.org/a">标题</a></div>\n${'<div>'.repeat(20_000)}<p>深层文字保留</p>${'</div>'.repeat(20_000)}`)
    const started = Date.now()
    const {files} = await runBatch({inputs: [input], output, concurrency: 1, worker})
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(files).toHaveLength(3)
    for (const file of files) {
      expect(
        file.messages.filter((message) => message.fatal).map((message) => message.reason),
        file.path
      ).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toContain('nesting-too-deep')
      // The run keeps no text between its passes: the text is the record's.
      const record = JSON.parse(readFileSync(path.join(output, `${file.data.stem}.jsonld`), 'utf8'))
      expect(String(record['@graph'][0].text)).toMatch(/深层(?:引文|文字)保留/)
    }
  })
})

describe('runBatch: large records', () => {
  it('collects 130,000 quads of one record without overflowing the stack', async () => {
    // Many nodes, not many values of one property: jsonld.js is quadratic in the latter (fixtures/workers/bigRecord.ts).
    const input = temporary('big')
    const output = temporary('big-output')
    writeFileSync(path.join(input, 'big.txt'), 'text')
    const {files} = await runBatch({inputs: [input], output, concurrency: 1, worker: fixtureWorker('bigRecord')})
    expect(files[0]!.messages).toEqual([])
    expect(readFileSync(path.join(output, 'dataset.nq'), 'utf8').split('\n')).toHaveLength(130_001)
  }, 120_000)
})

describe('runBatch: never an empty text reported ok', () => {
  it('fails a source whose cleaning leaves no text', async () => {
    const input = temporary('no-text')
    const output = temporary('no-text-output')
    writeFileSync(path.join(input, 'one-line.txt'), '朝鲜'.repeat(1000))
    const {files} = await runBatch({inputs: [input], output, concurrency: 1, worker: fixtureWorker('noText')})
    expect(files[0]!.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['empty-text', true]])
    expect(existsSync(path.join(output, 'one-line.jsonld'))).toBe(false)
  })
})

describe("runBatch: the worker pool's time budget", () => {
  it('terminates the worker of a file over its budget: only that file fails, and start-up is never charged', async () => {
    const input = temporary('budget')
    const output = temporary('budget-output')
    writeFileSync(path.join(input, 'good.md'), good)
    writeFileSync(path.join(input, 'slow.md'), good)
    // fixtures/workers/sleepy.ts: 3 s to load (longer than the budget), then slow.* never ends.
    const started = Date.now()
    const {files} = await runBatch({inputs: [input], output, concurrency: 1, budget: {stepMilliseconds: 2_000, heapMegabytes: 1024}, worker: fixtureWorker('sleepy')})
    expect(Date.now() - started).toBeLessThan(90_000)
    expect(files.map((file) => [file.data.sourceName, file.messages.filter((message) => message.fatal).map((message) => message.ruleId)])).toEqual([
      ['good.md', []],
      ['slow.md', ['time-budget']]
    ])
    expect(outputEntries(output)).toEqual(['context.jsonld', 'dataset.nq', 'good.jsonld', 'kpd.ttl', 'manifest.json'])
    expect(entryOf(output, 'slow.md')).toMatchObject({status: 'failed', errors: [{ruleId: 'time-budget'}]})
  }, 120_000)
})
