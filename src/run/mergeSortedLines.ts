import {randomBytes} from 'node:crypto'
import {closeSync, openSync, readSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import {compareUtf8AsUtf16} from './compareUtf8.js'

/**
 * Reads a file of sorted lines a chunk at a time, as bytes: the current line
 * is `buffer[start, end)` (without its newline; empty lines are skipped).
 * Nothing is decoded: the merge compares and copies UTF-8 as it is.
 */
class LineReader {
  readonly #fd: number
  buffer: Buffer
  start = 0
  end = 0
  #filled = 0
  #next = 0
  #eof = false
  done = false

  constructor(file: string, size: number) {
    this.#fd = openSync(file, 'r')
    this.buffer = Buffer.allocUnsafe(size)
    this.advance()
  }

  advance(): void {
    for (;;) {
      const newline = this.buffer.indexOf(0x0a, this.#next)
      if (newline !== -1 && newline < this.#filled) {
        this.start = this.#next
        this.end = newline
        this.#next = newline + 1
        if (this.end > this.start) return
        continue
      }
      if (this.#eof) {
        // The last line may lack its newline.
        if (this.#next < this.#filled) {
          this.start = this.#next
          this.end = this.#filled
          this.#next = this.#filled
          return
        }
        this.done = true
        return
      }
      this.#fill()
    }
  }

  /** Moves the unread part to the front (growing the buffer for a line longer than it) and reads more. */
  #fill(): void {
    const rest = this.#filled - this.#next
    if (rest === this.buffer.length) {
      const larger = Buffer.allocUnsafe(this.buffer.length * 2)
      this.buffer.copy(larger, 0, this.#next, this.#filled)
      this.buffer = larger
    } else this.buffer.copy(this.buffer, 0, this.#next, this.#filled)
    this.#next = 0
    this.#filled = rest
    const read = readSync(this.#fd, this.buffer, this.#filled, this.buffer.length - this.#filled, null)
    this.#filled += read
    if (read === 0) {
      this.#eof = true
      closeSync(this.#fd)
    }
  }
}

/** Buffered writes of byte ranges to a file descriptor, remembering the last line (duplicates are dropped). */
class LineWriter {
  readonly #buffer = Buffer.allocUnsafe(1 << 20)
  #size = 0
  #last = Buffer.allocUnsafe(1 << 10)
  #lastLength = -1

  constructor(readonly fd: number) {}

  /** Writes the line unless it is the one written last. */
  write(source: Buffer, start: number, end: number): void {
    const length = end - start
    if (length === this.#lastLength && this.#last.compare(source, start, end, 0, length) === 0) return
    if (length > this.#last.length) this.#last = Buffer.allocUnsafe(Math.max(length, this.#last.length * 2))
    source.copy(this.#last, 0, start, end)
    this.#lastLength = length
    if (this.#size + length + 1 > this.#buffer.length) {
      this.flush()
      if (length + 1 > this.#buffer.length) {
        writeSync(this.fd, source, start, length)
        writeSync(this.fd, '\n')
        return
      }
    }
    this.#size += source.copy(this.#buffer, this.#size, start, end)
    this.#buffer[this.#size++] = 0x0a
  }

  flush(): void {
    let written = 0
    while (written < this.#size) written += writeSync(this.fd, this.#buffer, written, this.#size - written)
    this.#size = 0
  }
}

const less = (a: LineReader, b: LineReader) => compareUtf8AsUtf16(a.buffer, a.start, a.end, b.buffer, b.start, b.end) < 0

/**
 * The readers of files of sorted lines as a binary heap on each one's
 * current line (UTF-16 order, as Array#sort): `top` holds the least line.
 */
class ReaderHeap {
  readonly #readers: LineReader[]

  constructor(files: string[], bufferSize: number) {
    this.#readers = files.map((file) => new LineReader(file, bufferSize)).filter((reader) => !reader.done)
    for (let index = (this.#readers.length >> 1) - 1; index >= 0; index--) this.#down(index)
  }

  get top(): LineReader | undefined {
    return this.#readers[0]
  }

  /** Moves the top reader to its next line. */
  advance(): void {
    const readers = this.#readers
    const top = readers[0]!
    top.advance()
    if (top.done) {
      readers[0] = readers[readers.length - 1]!
      readers.pop()
    }
    this.#down(0)
  }

  #down(index: number): void {
    const readers = this.#readers
    for (;;) {
      const left = index * 2 + 1
      const right = left + 1
      let least = index
      if (left < readers.length && less(readers[left]!, readers[least]!)) least = left
      if (right < readers.length && less(readers[right]!, readers[least]!)) least = right
      if (least === index) return
      ;[readers[index], readers[least]] = [readers[least]!, readers[index]!]
      index = least
    }
  }
}

/** The lines of files of sorted lines as one sorted stream of strings without repeats (what `patchSortedLines` edits with). */
export class MergedLines {
  readonly #heap: ReaderHeap
  line: string | undefined

  constructor(files: string[], bufferSize = 1 << 14) {
    this.#heap = new ReaderHeap(files, bufferSize)
    this.line = this.#current()
  }

  /** The next line, past any equal to this one. */
  advance(): void {
    const last = this.line
    while (this.#heap.top !== undefined && this.#current() === last) this.#heap.advance()
    this.line = this.#current()
  }

  #current(): string | undefined {
    const top = this.#heap.top
    return top === undefined ? undefined : top.buffer.toString('utf8', top.start, top.end)
  }
}

function mergeGroup(files: string[], target: string, bufferSize: number): void {
  const heap = new ReaderHeap(files, bufferSize)
  const fd = openSync(target, 'wx')
  const writer = new LineWriter(fd)
  try {
    for (let top = heap.top; top !== undefined; top = heap.top) {
      writer.write(top.buffer, top.start, top.end)
      heap.advance()
    }
    writer.flush()
  } finally {
    closeSync(fd)
  }
}

/**
 * Merges files of sorted, unique lines into `target`: sorted, unique, never
 * held in memory (at most `fanIn` files open at once; more go through
 * intermediate files). Written to a temporary file renamed into place.
 * An intermediate pass writes the whole dataset once more, so the fan-in is
 * wide (a batch of up to 512 records merges in one pass, well under the
 * usual limit of 1,024 open files) and each reader's buffer small (32 KB:
 * 512 of them hold 16 MB). Lines are compared and copied as UTF-8 bytes, in
 * the order of their UTF-16 strings (`compareUtf8AsUtf16`): decoding and
 * encoding every line was most of the merge's time.
 */
export function mergeSortedLines(files: string[], target: string, fanIn = 512): void {
  // Named as writeAtomic names its temporaries, so a killed run's are cleaned up the same way.
  const temporary = () => path.join(path.dirname(target), `.kpd-${randomBytes(8).toString('hex')}.tmp`)
  const bufferSize = 1 << 15
  let inputs = files
  const created: string[] = []
  try {
    while (inputs.length > fanIn) {
      const next: string[] = []
      for (let start = 0; start < inputs.length; start += fanIn) {
        const file = temporary()
        created.push(file)
        mergeGroup(inputs.slice(start, start + fanIn), file, bufferSize)
        next.push(file)
      }
      inputs = next
    }
    const final = temporary()
    created.push(final)
    mergeGroup(inputs, final, bufferSize)
    renameSync(final, target)
  } finally {
    for (const file of created) rmSync(file, {force: true})
  }
}
