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
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {cwd: root, maxBuffer: 64 * 1024 * 1024, env: {...process.env, ...env}}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}

/** The pipeline command, compiled (`dist/`, built by the test setup), as `npm run pipeline` runs it. */
export function runPipeline(args: string[]): Promise<ScriptRun> {
  return runCompiled('pipeline', args)
}

/** A command of `src/cli/`, compiled (`dist/`, built by the test setup), as `npm run <command>` runs it. */
export function runCompiled(command: 'pipeline' | 'validate' | 'query', args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, `dist/src/cli/${command}.js`), ...args], {cwd: root, maxBuffer: 64 * 1024 * 1024, env: {...process.env, CI: '1'}}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}
