import {constants} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'
import {InputError} from './fileStatus.js'

/** Default of `--max-file-size`: far above any real source (the largest seed is 50 KB). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

/** Opens a file for reading; injectable so that tests can simulate EACCES as root. */
export type OpenFile = (path: string) => Promise<FileHandle>

// O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused after fstat.
const openFile: OpenFile = (path) => open(path, constants.O_RDONLY | constants.O_NONBLOCK)

function describeOpenError(error: NodeJS.ErrnoException): InputError {
  if (error.code === 'EACCES' || error.code === 'EPERM') return new InputError('The file cannot be read: permission denied', 'unreadable-file')
  if (error.code === 'ELOOP') return new InputError('The file is a symbolic link loop', 'unreadable-file')
  if (error.code === 'ENOENT') return new InputError('The file disappeared before it could be read', 'unreadable-file')
  return new InputError(`The file cannot be read (${error.code ?? error.message})`, 'unreadable-file')
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`

/**
 * The bytes of one source. Only regular files are read (a FIFO or /dev/zero
 * would hang or never end), and the size limit is checked before reading;
 * reading stops at the limit even if the file grows meanwhile.
 */
export async function readSource(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES, openSource: OpenFile = openFile): Promise<Uint8Array> {
  let handle: FileHandle
  try {
    handle = await openSource(path)
  } catch (error) {
    throw describeOpenError(error as NodeJS.ErrnoException)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new InputError('Not a regular file (a pipe, device or socket): only regular files are read', 'not-regular-file')
    if (info.size > maxBytes) throw new InputError(`The file is ${megabytes(info.size)}, over the limit of ${megabytes(maxBytes)} (--max-file-size)`, 'file-too-large')
    const buffer = Buffer.alloc(info.size + 1)
    let length = 0
    while (length < buffer.length) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) throw new InputError(`The file grew over the limit of ${megabytes(maxBytes)} while being read (--max-file-size)`, 'file-too-large')
    return buffer.subarray(0, Math.min(length, info.size))
  } catch (error) {
    if (error instanceof InputError) throw error
    throw describeOpenError(error as NodeJS.ErrnoException)
  } finally {
    await handle.close()
  }
}
