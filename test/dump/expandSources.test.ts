import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dumpXml} from '../../src/dump/dumpXml.js'
import {expandSources, type PendingSource} from '../../src/dump/expandSources.js'
import {sniffDump} from '../../src/dump/openDump.js'
import {sourcesOf} from '../../src/run/runBatch.js'

/**
 * The sources of a batch as pass 1 takes them (no workers here): files in
 * name order, a dump's article pages in dump order at its place, each with
 * its bytes, kind and stem; a page whose stem is taken fails before it is read.
 */
async function expand(folder: string, maxFileBytes?: number) {
  const {sources} = await sourcesOf({inputs: [folder], output: path.join(folder, '..', 'out'), concurrency: 1})
  const expanded = expandSources(sources, {...(maxFileBytes ? {maxFileBytes} : {}), claimed: sources.map((source) => source.stem)})
  const all: PendingSource[] = []
  for await (const source of expanded.sources) all.push(source)
  return {all, redirects: expanded.redirects}
}

const pages = [
  {title: '乙', text: "'''乙'''是一个页面。"},
  {title: '甲', text: "'''甲'''是另一个页面。"},
  {title: '乙的别名', text: '#REDIRECT [[乙]]', redirect: '乙'},
  {title: 'Talk:乙', ns: 1, text: '讨论。'},
  {title: 'notes', text: "'''notes'''与一个文件同名。"},
  {title: '甲?', text: "'''甲?'''"},
  {title: '甲_', text: "'''甲_'''的文件名与上一页相同。"}
]

describe('the sources of a batch with a dump', () => {
  it('are the files in name order, the dump expanded page by page at its place', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'expand-'))
    writeFileSync(path.join(folder, 'a.txt'), '第一个文件。')
    writeFileSync(path.join(folder, 'b-dump.xml.bz2'), execFileSync('bzip2', ['-c'], {input: dumpXml(pages)}))
    writeFileSync(path.join(folder, 'notes.md'), '# 笔记\n\n正文。')
    const {all, redirects} = await expand(folder)
    expect(all.map((source) => [source.sourceName, source.index, source.page ?? null, source.stem ?? null, source.kind ?? null, source.error?.ruleId ?? null])).toEqual([
      ['a.txt', 0, null, 'a', null, null],
      ['b-dump.xml.bz2#乙', 1, 0, '乙', 'wikitext', null],
      ['b-dump.xml.bz2#甲', 1, 1, '甲', 'wikitext', null],
      // A page never takes a file's stem, nor another page's.
      ['b-dump.xml.bz2#notes', 1, 2, null, 'wikitext', 'duplicate-stem'],
      ['b-dump.xml.bz2#甲?', 1, 3, '甲_', 'wikitext', null],
      ['b-dump.xml.bz2#甲_', 1, 4, null, 'wikitext', 'duplicate-stem'],
      ['notes.md', 2, null, 'notes', null, null]
    ])
    expect(all[5]!.error!.message).toMatch(/already has the stem “甲_”/)
    expect(new TextDecoder().decode(await all[1]!.read())).toBe(pages[0]!.text)
    expect([...redirects]).toEqual([['b-dump.xml.bz2#乙', ['乙的别名']]])
  })

  it('refuse a page over the size limit, not the dump (streamed, whatever its size)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'expand-size-'))
    writeFileSync(
      path.join(folder, 'dump.xml'),
      dumpXml([
        {title: '短', text: '短文。'},
        {title: '长', text: '长'.repeat(400)}
      ])
    )
    const {all} = await expand(folder, 1000)
    expect(all.map((source) => [source.sourceName, source.error?.ruleId ?? null])).toEqual([
      ['dump.xml#短', null],
      ['dump.xml#长', 'file-too-large']
    ])
  })

  it('never wait on a named pipe (it is not a dump; reading it says why it fails)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'expand-fifo-'))
    execFileSync('mkfifo', [path.join(folder, 'pipe')])
    expect(await sniffDump(path.join(folder, 'pipe'))).toBeUndefined()
    expect(await sniffDump(path.join(folder, 'missing'))).toBeUndefined()
  })
})
