import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {escapeHtml} from '../../src/report/html.js'
import {contentSecurityPolicy} from '../../src/report/layout.js'
import {readDataset} from '../../src/report/readDataset.js'
import {writeSite} from '../../src/report/writeSite.js'
import {root} from '../helpers/runScript.js'

const seeds = path.join(root, 'output')

function allFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('site pages built from the committed seed records', () => {
  let first: string
  let second: string
  beforeAll(() => {
    first = mkdtempSync(path.join(tmpdir(), 'report-pages-'))
    second = mkdtempSync(path.join(tmpdir(), 'report-pages-'))
    const dataset = readDataset(seeds)
    writeSite(dataset, first)
    writeSite(readDataset(seeds), second)
  })
  afterAll(() => {
    rmSync(first, {recursive: true, force: true})
    rmSync(second, {recursive: true, force: true})
  })

  it('writes the same files twice (deterministic)', () => {
    const files = allFiles(first)
    expect(files).toEqual(allFiles(second))
    for (const file of files) expect(readFileSync(path.join(first, file), 'utf8'), file).toBe(readFileSync(path.join(second, file), 'utf8'))
  })

  it('gives every page the CSP and only the bundled script', () => {
    for (const file of allFiles(first).filter((name) => name.endsWith('.html'))) {
      const page = readFileSync(path.join(first, file), 'utf8')
      const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`
      expect(page.includes(csp), `${file} has the CSP`).toBe(true)
      const scripts = page.match(/<script[^>]*>/g) ?? []
      expect(scripts, file).toHaveLength(1)
      expect(scripts[0], file).toMatch(/^<script src="(\.\.\/)*assets\/site\.js" defer>$/)
      expect(/<[^>]* on[a-z]+=/i.test(page), `${file} has no event handler attribute`).toBe(false)
      expect(/<[^>]* style=/i.test(page), `${file} has no style attribute`).toBe(false)
    }
  })

  it('has one page per document, and the delegation table of 2005-09-13', () => {
    expect(allFiles(path.join(first, 'documents'))).toHaveLength(5)
    const meeting = allFiles(path.join(first, 'meetings')).find((name) => name.startsWith('2005-09-13-'))!
    const page = readFileSync(path.join(first, 'meetings', meeting), 'utf8')
    const table = page.slice(page.indexOf('id="delegation-table"'), page.indexOf('</table>', page.indexOf('id="delegation-table"')))
    const rows = table.split('<tr>').slice(2)
    expect(rows.map((row) => row.match(/<th scope="row" lang="zh">([^<]+)</)?.[1])).toEqual(['朝鲜', '美国', '中国', '韩国', '日本', '俄罗斯'])
    expect(rows[0]).toContain('金桂冠')
    expect(rows[1]).toMatch(/克里斯托弗·(罗伯特·)?希尔/)
  })

  it('shows a missing head of delegation as missing, never filled', () => {
    // The day may have several meeting pages (a session and what prose tells of that day): the one with the table.
    const page = allFiles(path.join(first, 'meetings'))
      .filter((name) => name.startsWith('2003-04-23-'))
      .map((name) => readFileSync(path.join(first, 'meetings', name), 'utf8'))
      .find((html) => html.includes('id="delegation-table"'))!
    const usRow = page.split('<tr>').find((row) => row.includes('<th scope="row" lang="zh">美国<'))!
    expect(usRow).toContain('name missing')
    expect(usRow).toContain('美国东亚和太平洋事务助理国务卿')
  })

  it('lists a mention of an entity with its sentence, linked to its place in the document', () => {
    const index = readFileSync(path.join(first, 'entities.html'), 'utf8')
    const href = index.match(/<a href="(entities\/[0-9a-f]+\.html)" lang="zh">金桂冠<\/a>/)![1]!
    const page = readFileSync(path.join(first, href), 'utf8')
    expect(page).toMatch(/<td class="kw"><a href="\.\.\/documents\/001_93568b05bcb00704\.html#mention-\d+-\d+" lang="zh">金桂冠<\/a><\/td>/)
  })
})
