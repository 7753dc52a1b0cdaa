import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {Worker, type ResourceLimits} from 'node:worker_threads'

/**
 * tsx's ESM loader API: `import.meta.resolve` where the host has it;
 * vitest's module runner does not, so there the `require` entry is resolved
 * and its ES module sibling taken (the CommonJS one cannot register the loader
 * from a worker).
 */
function tsxApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api')
  const required = createRequire(import.meta.url).resolve('tsx/esm/api')
  const esm = required.replace(/\.cjs$/, '.mjs')
  return pathToFileURL(existsSync(esm) ? esm : required).href
}

/**
 * The code a worker thread is started with (`eval`) to run `moduleUrl`.
 * Workers do not inherit the loader the CLI runs under (tsx): on a
 * TypeScript module each registers it first, then imports the module;
 * compiled (`dist/`), the module is imported as it is.
 */
export function workerBootstrap(moduleUrl: URL): string {
  return moduleUrl.pathname.endsWith('.ts') ? `import(${JSON.stringify(tsxApi())}).then((tsx) => { (tsx.register ?? tsx.default.register)(); return import(${JSON.stringify(moduleUrl.href)}) })` : `import(${JSON.stringify(moduleUrl.href)})`
}

/**
 * Starts a worker thread on a module (TypeScript or compiled); resolves once
 * the module posts its first message ("ready"), so that loading is never
 * part of a task's time budget.
 */
export function startTsWorker(moduleUrl: URL, resourceLimits: ResourceLimits): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerBootstrap(moduleUrl), {eval: true, resourceLimits})
    worker.once('message', () => {
      worker.off('error', reject)
      resolve(worker)
    })
    worker.once('error', reject)
  })
}
