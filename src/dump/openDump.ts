/**
 * Whether a file is a MediaWiki XML export, plain or compressed (gzip,
 * bzip2), told by its bytes and its first decompressed bytes; and its
 * decompressed content as a stream, never read whole.
 */
import {constants, createReadStream} from 'node:fs'
import {open} from 'node:fs/promises'
import {PassThrough, type Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'

export type DumpCompression = 'none' | 'gzip' | 'bzip2'

/** An XML declaration, comments or a BOM may come before the root element. */
const mediawikiStart = /^(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<mediawiki[\s>]/

function compressionOf(head: Uint8Array): DumpCompression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) return 'bzip2' // BZh
  return 'none'
}

/**
 * The decompressed bytes of the file, streamed (a bzip2 stream is wrapped so
 * errors reach the reader). The bzip2 decoder is loaded on first use.
 */
export async function openStream(path: string, compression: DumpCompression): Promise<Readable> {
  const file = createReadStream(path, {highWaterMark: 1 << 16})
  if (compression === 'none') return file
  const decompress = compression === 'gzip' ? createGunzip() : (await import('unbzip2-stream')).default()
  const out = new PassThrough()
  const fail = (error: Error) => out.destroy(error)
  file.on('error', fail)
  decompress.on('error', fail)
  file.pipe(decompress).pipe(out)
  out.on('close', () => file.destroy())
  return out
}

/** The first `size` decompressed bytes (fewer if the file is shorter or cannot be decompressed). */
async function peek(path: string, compression: DumpCompression, size: number): Promise<Buffer> {
  const stream = await openStream(path, compression)
  const chunks: Buffer[] = []
  let length = 0
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer)
      length += (chunk as Buffer).length
      if (length >= size) break
    }
  } catch {
    // Not decompressible: not a dump.
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks).subarray(0, size)
}

/**
 * The compression of a MediaWiki dump, or undefined when the file is not one,
 * or is not a regular file, or cannot be read (reading it as a source then
 * says why). Never waits on a named pipe: opened non-blocking, and only a
 * regular file is read.
 */
export async function sniffDump(path: string): Promise<DumpCompression | undefined> {
  let head: Buffer
  try {
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      if (!(await handle.stat()).isFile()) return undefined
      head = Buffer.alloc(4096)
      const {bytesRead} = await handle.read(head, 0, head.length, 0)
      head = head.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch {
    return undefined
  }
  const compression = compressionOf(head)
  const start = compression === 'none' ? head : await peek(path, compression, 4096)
  return mediawikiStart.test(start.toString('utf8')) ? compression : undefined
}
