import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {diffFacts, recordFacts} from '../../src/eval/recordFacts.js'
import {identifySource} from '../../src/io/identifySource.js'
import {fatalOf, processBytes, processFiles} from '../helpers/processBytes.js'

const fixtures = new URL('../fixtures/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, fixtures))
const samplePdf = fileURLToPath(new URL('../../../shared/samples/2007年朝韩首脑会晤-report.pdf', import.meta.url))
const sampleText = fileURLToPath(new URL('../../../shared/corpus/pdf/2007年朝韩首脑会晤-report.txt', import.meta.url))
const hasSample = existsSync(samplePdf) && existsSync(sampleText)

describe('PDF files', () => {
  it('are told by the %PDF- signature, not by their name', () => {
    expect(identifySource(fixture('pdf-file-report/input.pdf'))).toMatchObject({kind: 'pdf-file', parser: 'pdfjs-dist'})
    expect(identifySource(new TextEncoder().encode('A note about the %PDF- signature.\n')).kind).not.toBe('pdf-file')
  })

  it('give the text of their pages without running headers and page numbers, headings told by the PDF-text stages', async () => {
    const file = await processBytes('report.txt', fixture('pdf-file-report/input.pdf'))
    expect(fatalOf(file)).toEqual([])
    expect(file.data.kind).toBe('pdf-file')
    expect(file.data.text).toBe(readFileSync(new URL('pdf-file-report/expected.txt', fixtures), 'utf8'))
    expect(file.data.meta?.title).toBe('The 2007 Inter-Korean Summit')
    const [top] = file.data.sections ?? []
    expect(top?.name).toBe('The 2007 Inter-Korean Summit')
    expect(top?.children.map((section) => section.name)).toEqual(['Background', 'Outcome'])
    expect(file.messages.map((message) => message.ruleId)).toContain('pdf-running-header')
    expect(JSON.parse(String(file.value))['@graph'][0]['@type']).toBe('Report')
  })

  it.each([
    ['pdf-file-encrypted', 'pdf-encrypted', /encrypted/],
    ['pdf-file-image-only', 'pdf-no-text', /no text layer.*OCR/],
    ['pdf-file-truncated', 'pdf-broken', /cannot be read.*truncated or damaged/]
  ])('%s fails alone with a clear message', async (name, ruleId, reason) => {
    const file = await processBytes(`${name}.pdf`, fixture(`${name}/input.pdf`))
    const [fatal] = fatalOf(file)
    expect(fatal?.ruleId).toBe(ruleId)
    expect(fatal?.reason).toMatch(reason)
  })
})

describe.skipIf(!hasSample)('the sample PDF against the text pdftotext extracted from it', () => {
  it('gives the same text, dates, entities and events', async () => {
    const [fromPdf, fromText] = [(await processFiles(samplePdf))[0]!, (await processFiles(sampleText))[0]!]
    expect(fromPdf.data.text).toBe(fromText.data.text)
    expect(diffFacts(recordFacts(fromPdf), recordFacts(fromText))).toEqual([])
    expect(recordFacts(fromPdf).dates.length).toBeGreaterThan(40)
  })

  it('fails clearly when the file is cut short', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pdf-truncated-'))
    const bytes = readFileSync(samplePdf)
    const cut = path.join(folder, 'cut.pdf')
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 3)))
    const [file] = await processFiles(cut)
    expect(fatalOf(file!)[0]?.ruleId).toMatch(/^pdf-(broken|no-text)$/)
  })
})
