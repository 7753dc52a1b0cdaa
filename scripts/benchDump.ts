/**
 * Memory of dump reading: writes a synthetic MediaWiki dump of about
 * `--megabytes` (default 200) into a temporary folder (never committed),
 * optionally compressed, then streams it page by page through the source
 * expander of the batch and parses every page's wikitext to mdast, printing
 * RSS as it goes and the peak. Flat memory: the RSS at the end is about the
 * RSS after the first pages.
 *
 *   npx tsx scripts/benchDump.ts [--megabytes 200] [--compress none|gzip|bzip2] [--no-parse]
 */
import {execFileSync} from 'node:child_process'
import {createWriteStream, mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {once} from 'node:events'
import {parseArgs} from 'node:util'
import {createGzip} from 'node:zlib'
import {VFile} from 'vfile'
import {dumpFooter, dumpHeader, dumpPage} from '../src/dump/dumpXml.js'
import {expandSources} from '../src/dump/expandSources.js'
import {wikitextToMdast} from '../src/wiki/wikitextToMdast.js'

const {values} = parseArgs({options: {megabytes: {type: 'string', default: '200'}, compress: {type: 'string', default: 'none'}, 'no-parse': {type: 'boolean', default: false}}})
const target = Number(values.megabytes) * 1e6
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`

const page = (n: number) => `'''会谈${n}号'''是[[朝鲜民主主义人民共和国|朝鲜]]与[[大韩民国|韩国]]于{{start date|2018|4|${1 + (n % 28)}}}在[[板门店]]举行的会谈<ref>{{cite web |title=报道${n} |url=http://example.org/${n}}}</ref>。
== 会谈过程 ==
${'双方就[[朝鲜半岛]]无核化、[[南北共同宣言]]的落实与离散家属团聚交换了意见，并同意在[[开城工业园区]]设立联络办公室。'.repeat(12)}
* {{flag|朝鲜}}：[[金正恩]]
* {{flag|韩国}}：[[文在寅]]
{| class="wikitable"
! 日期 !! 事件
|-
| 2018年4月27日 || [[板门店宣言]]签署
|}
[[Category:朝韩关系]]
`

async function writeDump(file: string): Promise<number> {
  const raw = createWriteStream(values.compress === 'gzip' ? `${file}.tmp` : file)
  const out = values.compress === 'gzip' ? createGzip() : raw
  if (values.compress === 'gzip') (out as ReturnType<typeof createGzip>).pipe(raw)
  let written = 0
  let n = 0
  const write = async (text: string) => {
    written += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="utf-8"?>\n${dumpHeader}`)
  while (written < target) {
    n++
    // One page in fifty is a redirect to the page before it.
    await write(dumpPage(n % 50 === 0 ? {title: `别名${n - 1}`, text: `#REDIRECT [[会谈${n - 1}号]]`, redirect: `会谈${n - 1}号`} : {title: `会谈${n}号`, text: page(n)}, n))
  }
  await write(dumpFooter)
  out.end()
  await once(raw, 'close')
  if (values.compress === 'gzip') execFileSync('mv', [`${file}.tmp`, file])
  if (values.compress === 'bzip2') execFileSync('bzip2', ['-1', '-z', file]) // → file.bz2
  return written
}

const folder = mkdtempSync(path.join(tmpdir(), 'bench-dump-'))
const file = path.join(folder, 'synthetic.xml')
try {
  const xmlBytes = await writeDump(file)
  const onDisk = values.compress === 'bzip2' ? `${file}.bz2` : file
  process.stdout.write(`dump: ${mb(xmlBytes)} of XML, ${mb(statSync(onDisk).size)} on disk (${values.compress})\n`)
  const start = process.hrtime.bigint()
  const expanded = expandSources([{path: onDisk, sourceName: path.basename(onDisk)}])
  let pages = 0
  const samples: string[] = []
  for await (const source of expanded.sources) {
    const text = new TextDecoder().decode(await source.read())
    if (!values['no-parse']) wikitextToMdast(text, new VFile({value: text, data: {meta: {}}}))
    if (++pages % 10_000 === 0) samples.push(`${pages} pages: RSS ${mb(process.memoryUsage().rss)}`)
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  process.stdout.write(`${samples.join('\n')}\n`)
  const redirects = [...expanded.redirects.values()].reduce((sum, names) => sum + names.length, 0)
  process.stdout.write(`${pages} pages, ${redirects} redirects, ${seconds.toFixed(1)} s; RSS at the end ${mb(process.memoryUsage().rss)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}\n`)
} finally {
  rmSync(folder, {recursive: true, force: true})
}
