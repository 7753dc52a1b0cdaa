import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {loadShapes, parseNQuads, recordQuads, validateQuads} from '../validate/validateRecords.js'

const usage = `Usage: npm run validate -- --data <dir>

Validates every .jsonld record and dataset.nq of the folder against the SHACL
shapes of the output contract (shapes/records.ttl) with rdf-validate-shacl.
Prints each violation (focus node, path, message); exit 1 when there is one,
2 on a usage error.`

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
    process.stderr.write(`No such folder: ${folder}\n\n${usage}\n`)
    process.exit(2)
  }
  const shapes = loadShapes()
  const names = readdirSync(folder).filter((name) => name.endsWith('.jsonld') || name === 'dataset.nq').sort()
  let count = 0
  for (const name of names) {
    const content = readFileSync(path.join(folder, name), 'utf8')
    if (name.endsWith('.jsonld') && !('@graph' in JSON.parse(content))) continue // the shared context file
    const quads = name.endsWith('.nq') ? parseNQuads(content) : await recordQuads(JSON.parse(content))
    const violations = await validateQuads(quads, shapes)
    for (const violation of violations) {
      process.stdout.write(`${name}: ${violation.focusNode}${violation.path ? ` ${violation.path}` : ''}: ${violation.message}\n`)
    }
    count += violations.length
  }
  process.stdout.write(`${names.length} file${names.length === 1 ? '' : 's'} validated: ${count} violation${count === 1 ? '' : 's'}\n`)
  process.exitCode = count > 0 ? 1 : 0
}

await main()
