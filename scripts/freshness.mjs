// Whether dist/ is older than the sources, and building it when it is.
import {spawnSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))

function newest(folder, suffix) {
  let latest = 0
  for (const entry of readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true})) {
    if (entry.isFile() && entry.name.endsWith(suffix)) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return latest
}

export function isStale() {
  let built
  try {
    built = statSync(path.join(root, 'dist', '.built')).mtimeMs
  } catch {
    return true
  }
  return (
    [
      ['src', '.ts'],
      ['pipelines', '.ts'],
      ['shapes', '']
    ].some(([folder, suffix]) => newest(folder, suffix) > built) || ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'].some((name) => statSync(path.join(root, name)).mtimeMs > built)
  )
}

export function ensureBuilt() {
  if (!isStale()) return
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {stdio: 'inherit'})
  if (result.status !== 0) throw new Error('The build failed')
}
