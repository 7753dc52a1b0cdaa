import {execFile} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

export interface ScriptRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs one of the project's TypeScript entry points as a user would, from the repository root. */
export function runScript(script: string, args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {cwd: root, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}
