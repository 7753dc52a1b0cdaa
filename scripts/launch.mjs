// Runs a command of the project from its compiled form (dist/), building it
// first when it is missing or older than the sources: a fresh clone, or a
// change to src/, needs no extra step, and start-up skips TypeScript.
//
//   node scripts/launch.mjs pipeline|validate|query [args…]
import {fileURLToPath} from 'node:url'
import {ensureBuilt} from './freshness.mjs'

const entries = {pipeline: 'src/cli/pipeline.js', validate: 'src/cli/validate.js', query: 'src/cli/query.js'}
const [command, ...args] = process.argv.slice(2)
if (!entries[command]) {
  process.stderr.write(`Unknown command: ${command}\n`)
  process.exit(2)
}
try {
  ensureBuilt()
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
const entry = fileURLToPath(new URL(`../dist/${entries[command]}`, import.meta.url))
process.argv = [process.argv[0], entry, ...args]
await import(new URL(`../dist/${entries[command]}`, import.meta.url).href)
