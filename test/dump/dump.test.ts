import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {gzipSync} from 'node:zlib'
import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {dumpXml} from '../../src/dump/dumpXml.js'
import {sniffDump} from '../../src/dump/openDump.js'
import {pageStem} from '../../src/dump/pageStem.js'
import {readDumpPages} from '../../src/dump/readDumpPages.js'
import {runPipeline} from '../helpers/runScript.js'
import {corpusFolder, hasCorpus} from '../helpers/corpus.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')
const temp = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix))

/** The pages of the fixture dump: the three wikitext fixtures, a redirect, a talk page. */
const pages = [
  {title: '金某', text: fixture('wikitext-templates/input.wikitext')},
  {title: '三国会谈', text: fixture('wikitext-delegations/input.wikitext')},
  {title: '北韩外交官金某', text: '#REDIRECT [[金某]]', redirect: '金某'},
  {title: 'Talk:金某', ns: 1, text: '讨论页。'},
  {title: 'AC/DC: 一个*标题?', text: fixture('wikitext-templates/input.wikitext').replace("'''金某'''", "'''金乙'''")}
]

/** The batch as users run it (the compiled CLI: its passes run in worker threads); the manifest's entries. */
async function runBatch(input: string, output: string, concurrency: number): Promise<{code: number; stderr: string; entries: any[]}> {
  const run = await runPipeline(['--input', input, '--output', output, '--concurrency', String(concurrency)])
  return {code: run.code, stderr: run.stderr, entries: JSON.parse(readFileSync(path.join(output, 'manifest.json'), 'utf8')).files}
}

async function records(folder: string): Promise<Record<string, any>> {
  const out: Record<string, any> = {}
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.jsonld') && name !== 'context.jsonld')) out[name] = JSON.parse(readFileSync(path.join(folder, name), 'utf8'))
  return out
}

/** The record without what names its source file. */
function withoutSource(record: any): any {
  const copy = structuredClone(record)
  delete copy['@graph'][0]['kpd:sourceFile']
  delete copy['@graph'][0].alternateName
  return copy
}

describe('MediaWiki dumps', () => {
  it('are read page by page from a stream', async () => {
    const read = []
    for await (const page of readDumpPages(Readable.from([Buffer.from(dumpXml(pages))]))) read.push(page)
    expect(read.map((page) => [page.title, page.ns, page.redirect ?? null])).toEqual([
      ['金某', 0, null],
      ['三国会谈', 0, null],
      ['北韩外交官金某', 0, '金某'],
      ['Talk:金某', 1, null],
      ['AC/DC: 一个*标题?', 0, null]
    ])
    expect(read[0]!.text).toBe(pages[0]!.text)
  })

  it('are told by content, plain, gzip or bzip2', async () => {
    const folder = temp('dump-sniff-')
    const xml = dumpXml(pages)
    writeFileSync(path.join(folder, 'a.xml'), xml)
    writeFileSync(path.join(folder, 'a.gz'), gzipSync(xml))
    writeFileSync(path.join(folder, 'a.bz2'), execFileSync('bzip2', ['-c'], {input: xml}))
    writeFileSync(path.join(folder, 'not.xml'), '<html><body>no</body></html>')
    expect(await Promise.all(['a.xml', 'a.gz', 'a.bz2', 'not.xml'].map((name) => sniffDump(path.join(folder, name))))).toEqual(['none', 'gzip', 'bzip2', undefined])
  })

  it('give stems from titles that are safe file names', () => {
    expect(pageStem('AC/DC: 一个*标题?')).toBe('AC_DC__一个_标题_')
    expect(pageStem('..CON')).toBe('_CON')
    expect(Buffer.byteLength(pageStem('朝'.repeat(200)))).toBeLessThanOrEqual(200)
    expect(pageStem('朝'.repeat(200))).not.toBe(pageStem(`${'朝'.repeat(199)}鲜`))
  })

  it('give one record per article, identical to the pages run one by one; redirects become alternateName', async () => {
    const dumpFolder = temp('dump-in-')
    writeFileSync(path.join(dumpFolder, 'zhwiki.xml.bz2'), execFileSync('bzip2', ['-c'], {input: dumpXml(pages)}))
    const pageFolder = temp('pages-in-')
    for (const page of pages.filter((page) => page.ns === undefined && page.redirect === undefined)) {
      writeFileSync(path.join(pageFolder, `${pageStem(page.title)}.wikitext`), page.text)
    }
    const [fromDump, fromPages] = [temp('dump-out-'), temp('pages-out-')]
    // The two batches are independent: run side by side.
    const [dumpRun, pagesRun] = await Promise.all([runBatch(dumpFolder, fromDump, 2), runBatch(pageFolder, fromPages, 2)])
    expect(dumpRun.code, dumpRun.stderr).toBe(0)
    expect(pagesRun.code).toBe(0)
    // The manifest is in name order (the batch order of the pages: test/dump/expandSources.test.ts).
    expect(dumpRun.entries.map((entry) => entry.file)).toEqual(['zhwiki.xml.bz2#AC/DC: 一个*标题?', 'zhwiki.xml.bz2#三国会谈', 'zhwiki.xml.bz2#金某'])
    const [a, b] = [await records(fromDump), await records(fromPages)]
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort())
    for (const name of Object.keys(a)) expect(withoutSource(a[name])).toEqual(withoutSource(b[name]))
    expect(a['金某.jsonld']['@graph'][0].alternateName).toEqual(['北韩外交官金某'])
    expect(a['金某.jsonld']['@graph'][0]['kpd:sourceFile']).toBe('zhwiki.xml.bz2#金某')
    expect(dumpRun.entries.map((entry) => [entry.kind, entry.parser, entry.status])).toEqual(Array(3).fill(['wikitext', 'wtf_wikipedia', 'ok']))
  })

  it('that break off fail as one entry, after the pages read before the break', async () => {
    const folder = temp('dump-broken-')
    const xml = dumpXml(pages)
    writeFileSync(path.join(folder, 'cut.xml'), xml.slice(0, xml.indexOf('<title>三国会谈')) + '<title>x</tit')
    const out = temp('dump-broken-out-')
    mkdirSync(out, {recursive: true})
    const run = await runBatch(folder, out, 1)
    expect(run.code).toBe(1)
    expect(run.entries.map((entry) => [entry.file, entry.errors[0]?.ruleId ?? 'ok'])).toEqual([
      ['cut.xml', 'dump-broken'],
      ['cut.xml#金某', 'ok']
    ])
    expect(run.entries[0].errors[0].message).toMatch(/cannot be read to the end/)
  })
})

describe.skipIf(!hasCorpus)('a dump of the three corpus wikitext pages', () => {
  it('gives three records identical to running the pages one by one', async () => {
    const folder = path.join(corpusFolder, 'wikitext')
    const corpusPages = readdirSync(folder)
      .sort()
      .map((name) => ({title: name.replace(/ \(wikitext\)\.wikitext$/, ''), text: readFileSync(path.join(folder, name), 'utf8')}))
    const dumpFolder = temp('corpus-dump-in-')
    writeFileSync(path.join(dumpFolder, 'zhwiki-pages.xml.gz'), gzipSync(dumpXml(corpusPages)))
    const pageFolder = temp('corpus-pages-in-')
    for (const page of corpusPages) writeFileSync(path.join(pageFolder, `${pageStem(page.title)}.wikitext`), page.text)
    const [fromDump, fromPages] = [temp('corpus-dump-out-'), temp('corpus-pages-out-')]
    await Promise.all([runBatch(dumpFolder, fromDump, 2), runBatch(pageFolder, fromPages, 2)])
    const [a, b] = [await records(fromDump), await records(fromPages)]
    expect(Object.keys(a).sort()).toEqual(['中朝友好合作互助条约.jsonld', '北方界線.jsonld', '朝俄关系.jsonld'])
    for (const name of Object.keys(b)) expect(withoutSource(a[name])).toEqual(withoutSource(b[name]))
  })
})
