import {createHash} from 'node:crypto'

/** Longest stem, in UTF-8 bytes: file systems allow 255 for a name, and `.jsonld` and a temporary suffix come after it. */
const maxBytes = 200
const windowsReserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i

/**
 * A page title as a file-name stem, the same on every system: characters file
 * systems forbid or treat specially (`/ \ : * ? " < > |`, controls) and spaces
 * become `_`, leading dots and trailing dots go, reserved Windows names get a
 * `_`; an overlong title is cut and given a short hash of the whole title, so
 * two long titles stay apart.
 */
export function pageStem(title: string): string {
  let stem = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s]/g, '_')
    .replace(/^\.+|\.+$/g, '')
  if (stem === '') stem = '_'
  if (windowsReserved.test(stem)) stem = `_${stem}`
  if (Buffer.byteLength(stem) <= maxBytes) return stem
  const hash = createHash('sha256').update(title).digest('hex').slice(0, 8)
  let cut = ''
  for (const char of stem) {
    if (Buffer.byteLength(cut + char) > maxBytes - 9) break
    cut += char
  }
  return `${cut}-${hash}`
}
