import {existsSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {loadShapes, validateQuads} from '../validate/validateRecords.js'
import {escapeControl} from './escapeControl.js'
import {readOutputFolder} from '../validate/readOutputFolder.js'

const usage = `Usage: npm run validate -- --data <dir>

Validates every .jsonld record and dataset.nq of the folder against the SHACL
shapes of the output contract (shapes/records.ttl) with rdf-validate-shacl.
Prints each violation (focus node, path, message).

Exit status: 0 valid; 1 a violation; 2 usage error; 3 the data cannot be
read (dataset.nq or manifest.json missing, a truncated or unparsable file,
named on stderr).`

async function main(): Promise<void> {
  let values
  try {
    ;({values} = parseArgs({options: {data: {type: 'string', short: 'd'}, help: {type: 'boolean', short: 'h'}}, strict: true}))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`)
    process.exit(2)
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return
  }
  const folder = values.data ?? 'output'
  if (!existsSync(folder)) {
    process.stderr.write(`No such folder: ${escapeControl(folder)}\n\n${usage}\n`)
    process.exit(2)
  }
  const shapes = loadShapes()
  const {datasets, problems} = await readOutputFolder(folder)
  let count = 0
  for (const {name, quads} of datasets) {
    const violations = await validateQuads(quads, shapes)
    for (const violation of violations) {
      process.stdout.write(`${escapeControl(name)}: ${violation.focusNode}${violation.path ? ` ${violation.path}` : ''}: ${violation.message}\n`)
    }
    count += violations.length
  }
  for (const problem of problems) process.stderr.write(`${escapeControl(problem.name)}: ${escapeControl(problem.reason)}\n`)
  const unreadable = problems.length > 0 ? `, ${problems.length} file${problems.length === 1 ? '' : 's'} missing or unreadable` : ''
  process.stdout.write(`${datasets.length} file${datasets.length === 1 ? '' : 's'} validated: ${count} violation${count === 1 ? '' : 's'}${unreadable}\n`)
  process.exitCode = problems.length > 0 ? 3 : count > 0 ? 1 : 0
}

await main()
