// Compiles src/ and pipelines/ to dist/ (tsc, incremental) and stamps the build.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))
const started = Date.now()
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {stdio: 'inherit'})
if (result.status !== 0) process.exit(result.status ?? 1)
mkdirSync(path.join(root, 'dist'), {recursive: true})
// Files the code reads beside itself (`new URL('../../shapes/…', import.meta.url)`).
cpSync(path.join(root, 'shapes'), path.join(root, 'dist', 'shapes'), {recursive: true})
cpSync(path.join(root, 'vocabulary'), path.join(root, 'dist', 'vocabulary'), {recursive: true})
writeFileSync(path.join(root, 'dist', '.built'), new Date(started).toISOString())
