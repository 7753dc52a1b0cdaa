import {randomBytes} from 'node:crypto'
import {closeSync, openSync, readSync, renameSync, rmSync, writevSync} from 'node:fs'
import path from 'node:path'
import {MergedLines} from './mergeSortedLines.js'

const NEWLINE = 0x0a
const CHUNK_BYTES = 1 << 20

/** One line of the edits: its text, its UTF-8 bytes, and whether byte order may differ from UTF-16 order for it. */
class Edits {
  readonly #lines: MergedLines
  text: string | undefined
  bytes = Buffer.alloc(0)
  astral = false

  constructor(files: string[]) {
    this.#lines = new MergedLines(files)
    this.#take()
  }

  advance(): void {
    this.#lines.advance()
    this.#take()
  }

  #take(): void {
    this.text = this.#lines.line
    if (this.text === undefined) return
    this.bytes = Buffer.from(`${this.text}\n`)
    this.astral = hasAstral(this.bytes, 0, this.bytes.length)
  }

  /** This line against the line `start…end` of `chunk` (without its newline): negative, zero or positive. */
  compare(chunk: Buffer, start: number, end: number, chunkAstral: boolean): number {
    // UTF-8 bytes sort as code points; UTF-16 (the order of the merge) differs only where a character beyond the BMP meets U+E000–U+FFFF.
    if (!this.astral && !chunkAstral) return this.bytes.compare(chunk, start, end, 0, this.bytes.length - 1)
    const line = chunk.toString('utf8', start, end)
    return this.text! < line ? -1 : this.text! > line ? 1 : 0
  }
}

/** Whether the bytes hold a four-byte UTF-8 sequence (a character beyond the BMP). */
function hasAstral(bytes: Buffer, start: number, end: number): boolean {
  for (let lead = 0xf0; lead <= 0xf4; lead++) {
    const at = bytes.indexOf(lead, start)
    if (at !== -1 && at < end) return true
  }
  return false
}

/** Buffered writes of byte ranges, in order. */
class RangeWriter {
  #pending: Buffer[] = []
  #size = 0
  constructor(readonly fd: number) {}
  write(bytes: Buffer, start = 0, end = bytes.length): void {
    if (end <= start) return
    this.#pending.push(bytes.subarray(start, end))
    this.#size += end - start
    if (this.#size >= CHUNK_BYTES * 4) this.flush()
  }
  flush(): void {
    if (this.#pending.length > 0) writevSync(this.fd, this.#pending)
    this.#pending = []
    this.#size = 0
  }
}

/**
 * `target` written as `previous` (a file of sorted, unique lines, as
 * `mergeSortedLines` writes it) without the lines of the files `removed`
 * and with those of the files `added`: the bytes a merge of all the parts
 * would give, at the cost of copying `previous` (the stretches between
 * edits go through as bytes, unread line by line) rather than merging
 * every part again. The lines removed must be lines of no part that stays
 * (in `dataset.nq`, each record's lines name its own graph). Returns false,
 * writing nothing, when `previous` does not hold every line to remove (it
 * is not the merge it was taken for). `chunkBytes`: how much is read at a
 * time (tests make it small).
 */
export function patchSortedLines(previous: string, removed: string[], added: string[], target: string, chunkBytes = CHUNK_BYTES): boolean {
  const adds = new Edits(added)
  const removes = new Edits(removed)
  const temporary = path.join(path.dirname(target), `.kpd-${randomBytes(8).toString('hex')}.tmp`)
  const input = openSync(previous, 'r')
  const output = openSync(temporary, 'wx')
  const writer = new RangeWriter(output)
  let done = false
  try {
    // One buffer, read into after the unfinished line of the chunk before; written out before it is read into again.
    let buffer = Buffer.allocUnsafe(2 * chunkBytes)
    let carried = 0
    for (;;) {
      // A line longer than the buffer doubles it, so a long line costs its length, not its length squared over the chunk size.
      if (buffer.length - carried < chunkBytes) buffer = Buffer.concat([buffer.subarray(0, carried)], Math.max(2 * buffer.length, carried + 2 * chunkBytes))
      const read = readSync(input, buffer, carried, buffer.length - carried, null)
      if (read === 0) break
      const chunk = buffer.subarray(0, carried + read)
      // The carried part is an unfinished line: only what was just read can hold a newline.
      const newline = chunk.subarray(carried).lastIndexOf(NEWLINE)
      const complete = newline === -1 ? 0 : carried + newline + 1
      if (!patchChunk(chunk, complete, adds, removes, writer)) return false
      writer.flush()
      carried = chunk.copy(buffer, 0, complete)
    }
    const carry = buffer.subarray(0, carried)
    // A last line without its newline is no file this merge wrote; nor is one that lacks a line to remove.
    if (carry.length > 0 || removes.text !== undefined) return false
    for (; adds.text !== undefined; adds.advance()) writer.write(adds.bytes)
    writer.flush()
    done = true
  } finally {
    closeSync(input)
    closeSync(output)
    if (done) renameSync(temporary, target)
    else rmSync(temporary, {force: true})
  }
  return true
}

/** The complete lines `0…end` of a chunk, edited; false when a line to remove is not there. */
function patchChunk(chunk: Buffer, end: number, adds: Edits, removes: Edits, writer: RangeWriter): boolean {
  if (end === 0) return true
  const astral = hasAstral(chunk, 0, end)
  const lastStart = chunk.lastIndexOf(NEWLINE, end - 2) + 1
  // No edit up to the chunk's last line: the whole chunk goes through as it is.
  const before = (edits: Edits) => edits.text !== undefined && edits.compare(chunk, lastStart, end - 1, astral) <= 0
  if (!before(adds) && !before(removes)) {
    writer.write(chunk, 0, end)
    return true
  }
  let copied = 0
  let edited = false
  for (let start = 0; start < end;) {
    // Past the chunk's last edit, the rest goes through as it is.
    if (edited && !before(adds) && !before(removes)) break
    edited = false
    const newline = chunk.indexOf(NEWLINE, start)
    let order = adds.text === undefined ? 1 : adds.compare(chunk, start, newline, astral)
    for (; order < 0; order = adds.text === undefined ? 1 : adds.compare(chunk, start, newline, astral)) {
      writer.write(chunk, copied, start)
      writer.write(adds.bytes)
      copied = start
      adds.advance()
      edited = true
    }
    // A line added that is there already is written once.
    if (order === 0) {
      adds.advance()
      edited = true
    }
    if (removes.text !== undefined) {
      const found = removes.compare(chunk, start, newline, astral)
      if (found < 0) return false
      if (found === 0) {
        removes.advance()
        edited = true
        // Removed unless a part added gives the same line again.
        if (order !== 0) {
          writer.write(chunk, copied, start)
          copied = newline + 1
        }
      }
    }
    start = newline + 1
  }
  writer.write(chunk, copied, end)
  return true
}
