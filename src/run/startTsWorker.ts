import {Worker, type ResourceLimits} from 'node:worker_threads'

/**
 * Starts a worker thread on a TypeScript module. Workers do not inherit the
 * loader the CLI runs under (tsx), so each registers it, then imports the
 * module; resolves once the module posts its first message ("ready"), so that
 * loading is never part of a task's time budget.
 */
export function startTsWorker(moduleUrl: URL, resourceLimits: ResourceLimits): Promise<Worker> {
  const bootstrap = moduleUrl.pathname.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}) })`
    : `import(${JSON.stringify(moduleUrl.href)})`
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, {eval: true, resourceLimits})
    worker.once('message', () => {
      worker.off('error', reject)
      resolve(worker)
    })
    worker.once('error', reject)
  })
}
