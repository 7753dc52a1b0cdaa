import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {runCompiled, runPipeline} from './helpers/runScript.js'

/**
 * Issue #13, acceptance 1 (and #14, acceptance 2): one batch of good files and every kind of bad
 * input, generated here. The good and decodable files are all written and valid; each bad one
 * fails alone, named on stderr and in the manifest; the run exits 1.
 */
const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `kpd-${name}-`))
const zh = '2018年4月27日，朝鲜和韩国的领导人在板门店举行首脑会谈。'
const zhTraditional = '2018年4月27日，朝鮮和韓國的領導人在板門店舉行首腦會談。'
const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le')
  if (order === 'be') bytes.swap16()
  return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes])
}
const DEEP = 20_000

/** Decodable inputs: each must give a record. */
const good: Array<[string, string | Uint8Array]> = [
  ['plain.md', `# 板门店会谈\n\n${zh}\n`],
  ['crlf.txt', `板门店会谈\r\n\r\n${zh}\r\n`],
  ['cr.txt', `板门店会谈\r\r${zh}\r`],
  ['bom.md', `\ufeff# 板门店会谈\n\n${zh}\n`],
  ['gbk.txt', iconv.encode(`板门店会谈\n\n${zh.repeat(3)}\n`, 'gbk')],
  ['big5.txt', iconv.encode(`板門店會談\n\n${zhTraditional.repeat(3)}\n`, 'big5')],
  ['utf16le-bom.txt', utf16(`板门店会谈\n\n${zh}\n`, 'le', true)],
  ['utf16be-bom.txt', utf16(`板门店会谈\n\n${zh}\n`, 'be', true)],
  ['utf16le.txt', utf16(`板门店会谈\n\n${zh.repeat(3)}\n`, 'le', false)],
  ['utf16be.txt', utf16(`板门店会谈\n\n${zh.repeat(3)}\n`, 'be', false)],
  ['deep-divs.html', `<!-- 1528000000000 -->\n<div><a href="https://example.org/a">标题</a></div>\n${'<div>'.repeat(DEEP)}<p>${zh}</p>${'</div>'.repeat(DEEP)}`],
  ['deep-quotes.md', `# 引文\n\n${'> '.repeat(DEEP)}${zh}\n`],
  ['deep-list.md', `# 列表\n\n${'- '.repeat(DEEP)}${zh}\n\n- 列表\n${' '.repeat(2 * DEEP)}- ${zh}\n`],
  ['script.html', `<!-- 1528000000000 -->\n<div><a href="https://example.org/a">标题</a></div>\n<div><p>${zh}</p><script>alert(document.cookie)</script><img src="x" onerror="alert(1)"><p onclick="alert(2)">双方会谈。</p></div>`],
  ['-leading dash.md', `# 会谈\n\n${zh}\n`],
  ['spaces \'single\' "double".md', `# 会谈\n\n${zh}\n`],
  ['名字 ünïcödé ✓.md', `# 会谈\n\n${zh}\n`],
  ['new\nline.md', `# 会谈\n\n${zh}\n`],
  // 10 MB of prose, read (the default --max-file-size is 10 MiB): written, or stopped by the time budget below.
  ['ten-megabytes.txt', `${`${zh}美国和中国表示欢迎。\n\n`.repeat(Math.floor(10_000_000 / Buffer.byteLength(`${zh}美国和中国表示欢迎。\n\n`)))}`]
]

/** Inputs that cannot be read as text, with the rule that names each. */
const bad: Array<[string, Uint8Array, string]> = [
  ['empty.md', new Uint8Array(), 'empty-file'],
  ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), 'binary-file'],
  ['nuls.txt', new Uint8Array(1 << 20), 'binary-file'],
  ['broken-utf8.txt', Buffer.concat([Buffer.from(`第一行\n${zh}`), Buffer.from([0xe6, 0x9c]), Buffer.from(`${zh}\n`.repeat(3))]), 'undecodable']
]

const TIME_BUDGET = 30

// Opt-in (KPD_SCALE_TESTS=1, `npm run test:scale`, run by .ci/run after the suite): its 10 MB file takes a minute or more.
describe.runIf(process.env.KPD_SCALE_TESTS)('one batch of good files and every kind of bad input (KPD_SCALE_TESTS=1)', () => {
  it('exits 1, writes every decodable file with a valid record, and names every bad one on stderr and in the manifest', async () => {
    const input = temporary('bad-batch')
    const output = temporary('bad-batch-output')
    for (const [name, content] of good) writeFileSync(path.join(input, name), content)
    for (const [name, content] of bad) writeFileSync(path.join(input, name), content)
    const started = Date.now()
    const run = await runPipeline(['--input', input, '--output', output, '--concurrency', '2', '--time-budget', String(TIME_BUDGET)])
    // Two steps per file, at most 2 workers busy: the slowest file cannot hold the batch much past two budgets.
    expect(Date.now() - started).toBeLessThan(240_000)
    expect(run.code).toBe(1)
    expect(run.stderr).not.toMatch(/Maximum call stack|heap out of memory|\n\s+at /)
    const manifest = JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8')) as {files: Array<Record<string, any>>}
    const entry = (name: string) => manifest.files.find((file) => file.file === name)
    const printed = (name: string) => name.replace(/\n/g, '\\n')

    for (const [name] of good) {
      const result = entry(name)
      if (name === 'ten-megabytes.txt' && result?.status === 'failed') {
        // Allowed: a clear per-file error within the budget, never a crash of the batch.
        expect(result.errors.map((error: any) => error.ruleId)).toEqual(['time-budget'])
        expect(run.stderr).toContain(`time budget of ${TIME_BUDGET} s`)
        continue
      }
      expect(result, name).toMatchObject({status: 'ok'})
      const record = JSON.parse(readFileSync(path.join(output, result!.record), 'utf8'))
      expect(String(record['@graph'][0].text), name).toMatch(/板门店|板門店|朝鲜|朝鮮/)
      expect(String(record['@graph'][0].text), name).not.toMatch(/alert|<script|onerror|onclick/)
    }
    for (const [name, , ruleId] of bad) {
      expect(entry(name), name).toMatchObject({status: 'failed', errors: [{ruleId}]})
      expect(run.stderr, name).toMatch(new RegExp(`${name.replace('.', '\\.')}\\n[^\\n]*error[\\s\\S]*?${ruleId}`))
    }
    expect(run.stderr).toContain(`${printed('new\nline.md')}`)
    expect(entry('broken-utf8.txt')!.errors[0].message).toMatch(/line 2, column/)
    for (const name of ['deep-divs.html', 'deep-quotes.md', 'deep-list.md'])
      expect(
        entry(name)!.warnings.map((warning: any) => warning.ruleId),
        name
      ).toContain('nesting-too-deep')

    // Every record written, and the dataset, pass the shapes.
    const validation = await runCompiled('validate', ['--data', output])
    expect(validation.stderr).toBe('')
    expect(validation.code).toBe(0)
  }, 300_000)
})
