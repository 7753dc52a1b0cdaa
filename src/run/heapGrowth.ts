import v8 from 'node:v8'

/** How far a heap may grow past what its last full collection kept: 50% is one and a half times the live size. */
export const HEAP_GROWING_PERCENT = 50

let limited = false

/**
 * Caps how far V8 lets each heap grow between full collections (its default
 * is up to four times the live size). A worker keeps little between files
 * (≈ 45 MB live), but left alone its heap grows to ≈ 200 MB of mostly
 * garbage, two workers' worth of it being most of a batch's peak RSS. At
 * twice the live size (100%) the workers' heaps peaked near 135 MB in a run
 * of 300 files; at 50% near 120 MB, for a few more full collections
 * (about 20 instead of 13 a worker in 150 files, ≈ 30 ms each). Capping the
 * young generation instead (16 MB) cost 20% more CPU in scavenges, so it is
 * left to V8. It only paces collection: a file that needs a large heap still
 * gets it, up to the worker's memory budget. The setting is V8's, for the
 * whole process, and taken once, before the first worker starts (each new
 * heap reads it).
 */
export function limitHeapGrowth(): void {
  if (limited) return
  limited = true
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
