import type {Progress} from '../run/batchContext.js'

/**
 * A one-line progress bar on stderr (files, MB/s, ETA per pass), only on a
 * terminal and never under CI; elsewhere nothing.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY || process.env.CI) return undefined
  let label = ''
  let total = 0
  let totalBytes = 0
  let done = 0
  let bytes = 0
  let started = 0
  let drawn = 0
  const draw = (force = false) => {
    const now = Date.now()
    if (!force && now - drawn < 100) return
    drawn = now
    const seconds = (now - started) / 1000
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0
    const eta = bytes > 0 && totalBytes > bytes ? ((totalBytes - bytes) / bytes) * seconds : 0
    const width = 24
    const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width
    stream.write(`\r\u001B[2K${label.padEnd(8)}[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(2)} MB/s  ETA ${Math.ceil(eta)} s`)
  }
  return {
    pass(name, files, size) {
      label = name
      total = files
      totalBytes = size
      done = 0
      bytes = 0
      started = Date.now()
      draw(true)
    },
    grow(files) {
      total += files
    },
    file(size) {
      done++
      bytes += size
      draw(done === total)
    },
    done() {
      stream.write('\r\u001B[2K')
    }
  }
}
