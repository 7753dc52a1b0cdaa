import {randomBytes} from 'node:crypto'
import {closeSync, openSync, readSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'

/** Reads a file of sorted lines a chunk at a time (UTF-8 split safely across chunks). */
class LineReader {
  readonly #fd: number
  readonly #buffer = Buffer.alloc(1 << 14)
  readonly #decoder = new TextDecoder()
  #lines: string[] = []
  #next = 0
  #partial = ''
  #eof = false
  line: string | undefined

  constructor(file: string) {
    this.#fd = openSync(file, 'r')
    this.advance()
  }

  advance(): void {
    while (this.#next >= this.#lines.length) {
      if (this.#eof) {
        this.line = undefined
        return
      }
      const read = readSync(this.#fd, this.#buffer, 0, this.#buffer.length, null)
      let text: string
      if (read === 0) {
        this.#eof = true
        closeSync(this.#fd)
        text = this.#partial + this.#decoder.decode()
        this.#partial = ''
      } else {
        const parts = (this.#partial + this.#decoder.decode(this.#buffer.subarray(0, read), {stream: true})).split('\n')
        this.#partial = parts.pop()!
        text = parts.join('\n')
      }
      this.#lines = text.split('\n').filter((line) => line !== '')
      this.#next = 0
    }
    this.line = this.#lines[this.#next++]
  }
}

/** Buffered writes to a file descriptor. */
class LineWriter {
  #chunks: string[] = []
  #size = 0
  constructor(readonly fd: number) {}
  write(line: string): void {
    this.#chunks.push(line, '\n')
    this.#size += line.length + 1
    if (this.#size > 1 << 20) this.flush()
  }
  flush(): void {
    if (this.#chunks.length > 0) writeSync(this.fd, this.#chunks.join(''))
    this.#chunks = []
    this.#size = 0
  }
}

/**
 * The lines of files of sorted lines as one sorted stream without repeats
 * (a binary heap on each file's current line, in UTF-16 order as Array#sort).
 */
export class MergedLines {
  readonly #readers: LineReader[]
  line: string | undefined

  constructor(files: string[]) {
    this.#readers = files.map((file) => new LineReader(file)).filter((reader) => reader.line !== undefined)
    for (let index = (this.#readers.length >> 1) - 1; index >= 0; index--) this.#down(index)
    this.line = this.#readers[0]?.line
  }

  /** The next line, past any equal to this one. */
  advance(): void {
    const last = this.line
    while (this.#readers.length > 0 && this.#readers[0]!.line === last) {
      const top = this.#readers[0]!
      top.advance()
      if (top.line === undefined) {
        this.#readers[0] = this.#readers[this.#readers.length - 1]!
        this.#readers.pop()
      }
      this.#down(0)
    }
    this.line = this.#readers[0]?.line
  }

  #down(index: number): void {
    const readers = this.#readers
    const less = (a: LineReader, b: LineReader) => a.line! < b.line!
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

function mergeGroup(files: string[], target: string): void {
  const lines = new MergedLines(files)
  const fd = openSync(target, 'wx')
  const writer = new LineWriter(fd)
  try {
    for (; lines.line !== undefined; lines.advance()) writer.write(lines.line)
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
 * usual limit of 1,024 open files) and each reader's buffer small (16 KB:
 * 512 of them hold a few tens of MB).
 */
export function mergeSortedLines(files: string[], target: string, fanIn = 512): void {
  // Named as writeAtomic names its temporaries, so a killed run's are cleaned up the same way.
  const temporary = () => path.join(path.dirname(target), `.kpd-${randomBytes(8).toString('hex')}.tmp`)
  let inputs = files
  const created: string[] = []
  try {
    while (inputs.length > fanIn) {
      const next: string[] = []
      for (let start = 0; start < inputs.length; start += fanIn) {
        const file = temporary()
        created.push(file)
        mergeGroup(inputs.slice(start, start + fanIn), file)
        next.push(file)
      }
      inputs = next
    }
    const final = temporary()
    created.push(final)
    mergeGroup(inputs, final)
    renameSync(final, target)
  } finally {
    for (const file of created) rmSync(file, {force: true})
  }
}
