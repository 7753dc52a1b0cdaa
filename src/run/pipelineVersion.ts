import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {hashOf} from './cache.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

function codeFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(ts|js|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * What the cache keys take as "the pipeline's version": the package's
 * version, its locked dependencies and every file of the code that runs
 * (`src/`, `pipelines/`, beside this file whether compiled or not). Any
 * change to them is a new version, so a stale result is never reused.
 */
export function pipelineVersion(): string {
  const files = ['src', 'pipelines'].flatMap((folder) => codeFiles(path.join(root, folder))).sort()
  const parts: Array<string | Uint8Array> = []
  // Compiled, the code sits in dist/ and the package files one folder up.
  for (const folder of [root, path.join(root, '..')]) {
    for (const name of ['package.json', 'package-lock.json']) {
      try {
        parts.push(name, readFileSync(path.join(folder, name)))
      } catch {
        // Not in this folder: the other one has it.
      }
    }
  }
  for (const file of files) parts.push(path.relative(root, file), readFileSync(file))
  return hashOf(...parts)
}
