import {existsSync, mkdirSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {readDataset} from '../report/readDataset.js'
import {writeSite} from '../report/writeSite.js'
import {escapeControl} from './escapeControl.js'

const usage = `Usage: npm run report -- --data <output dir> --output <site dir>

Writes a static site from the pipeline's records: documents (index.html),
timeline, meetings, entities and annotated documents. Plain HTML, CSS and one
script; open <site dir>/index.html in a browser (file:// works).
Exit 2 on a usage error.`

function main(): void {
  let values
  try {
    ;({values} = parseArgs({
      options: {data: {type: 'string', short: 'd'}, output: {type: 'string', short: 'o'}, help: {type: 'boolean', short: 'h'}},
      strict: true
    }))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`)
    process.exit(2)
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const data = values.data ?? 'output'
  const output = values.output ?? 'site'
  if (!existsSync(data)) {
    process.stderr.write(`No such folder: ${escapeControl(data)}\n\n${usage}\n`)
    process.exit(2)
  }
  mkdirSync(output, {recursive: true})
  const summary = writeSite(readDataset(data), output)
  process.stdout.write(`${summary.pages} pages (${summary.documents} documents, ${summary.meetings} meetings, ${summary.entities} entities) → ${output}/index.html\n`)
}

main()
