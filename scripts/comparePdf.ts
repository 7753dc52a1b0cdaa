/**
 * The PDF sample against the text another tool (pdftotext) extracted from it:
 * each is run as a batch of its own, and the dates, entities and events of
 * the two records are compared. Prints the counts and every difference.
 *
 *   npx tsx scripts/comparePdf.ts [file.pdf] [file.txt]
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {pipelines} from '../pipelines/index.js'
import {diffFacts, recordFacts} from '../src/eval/recordFacts.js'
import {stemOf} from '../src/run/listSources.js'
import {processSources} from '../src/run/processSource.js'

const shared = new URL('../../shared/', import.meta.url)
const pdf = process.argv[2] ?? fileURLToPath(new URL('samples/2007年朝韩首脑会晤-report.pdf', shared))
const text = process.argv[3] ?? fileURLToPath(new URL('corpus/pdf/2007年朝韩首脑会晤-report.txt', shared))

async function run(file: string) {
  const name = path.basename(file)
  const [processed] = await processSources([{sourceName: name, stem: stemOf(name), bytes: readFileSync(file)}], pipelines)
  return processed!
}

const [fromPdf, fromText] = [await run(pdf), await run(text)]
const left = recordFacts(fromPdf)
const right = recordFacts(fromText)
const out: string[] = []
out.push(`PDF (${fromPdf.data.parser}): ${left.dates.length} dates, ${left.entities.length} entities, ${left.events.length} events, ${[...(fromPdf.data.text ?? '')].length} characters`)
out.push(`text (${fromText.data.parser}): ${right.dates.length} dates, ${right.entities.length} entities, ${right.events.length} events, ${[...(fromText.data.text ?? '')].length} characters`)
out.push(`same text: ${fromPdf.data.text === fromText.data.text}`)
const diffs = diffFacts(left, right)
if (diffs.length === 0) out.push('same dates, entities and events')
for (const diff of diffs) {
  for (const item of diff.onlyLeft) out.push(`${diff.kind}: only from the PDF: ${item}`)
  for (const item of diff.onlyRight) out.push(`${diff.kind}: only from the text: ${item}`)
}
process.stdout.write(`${out.join('\n')}\n`)
