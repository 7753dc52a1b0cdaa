import type {VFile} from 'vfile'
import type {TextBlock} from '../core/types.js'
import type {EntityMention} from '../entities/entityTypes.js'
import type {TimeExpression} from '../time/timeTypes.js'
import {sortedByStart, spansWithin} from '../text/spansWithin.js'

/** Read access to the text and what the earlier stages found in it, by offsets. */
export class DocumentView {
  readonly characters: string[]
  readonly blocks: TextBlock[]
  readonly times: TimeExpression[]
  readonly mentions: EntityMention[]
  readonly #sorted: {blocks: boolean; times: boolean; mentions: boolean}

  /** The language the sentence reader takes the text in. */
  readonly language: 'zh' | 'en'

  constructor(readonly file: VFile) {
    this.language = /^en\b/.test(file.data.meta?.language ?? '') ? 'en' : 'zh'
    this.characters = [...(file.data.text ?? '')]
    this.blocks = file.data.blocks ?? []
    this.times = file.data.times ?? []
    this.mentions = file.data.entityMentions ?? []
    this.#sorted = {blocks: sortedByStart(this.blocks), times: sortedByStart(this.times), mentions: sortedByStart(this.mentions)}
  }

  textOf(span: {start: number; end: number}): string {
    return this.characters.slice(span.start, span.end).join('')
  }

  timesIn(span: {start: number; end: number}): TimeExpression[] {
    return spansWithin(this.times, this.#sorted.times, span)
  }

  mentionsIn(span: {start: number; end: number}): EntityMention[] {
    return spansWithin(this.mentions, this.#sorted.mentions, span)
  }

  blocksIn(span: {start: number; end: number}): TextBlock[] {
    return spansWithin(this.blocks, this.#sorted.blocks, span)
  }

  /** A diagnostic at the place in the source of the block holding a span. */
  warnAt(reason: string, span: {start: number; end: number}, ruleId: string): void {
    this.warn(
      reason,
      this.blocks.find((block) => block.start <= span.start && span.end <= block.end),
      ruleId
    )
  }

  /** A diagnostic at a block's place in the source. */
  warn(reason: string, block: TextBlock | undefined, ruleId: string): void {
    this.file.message(reason, {...(block?.position ? {place: block.position} : {}), ruleId, source: 'meetings'})
  }
}

/** `2005-09-13/2005-09-19` → start and end; a single day is both. Only full days make dates. */
export function datesOf(value: string): {startDate?: string; endDate?: string} {
  const [from, to] = value.split('/')
  const day = /^\d{4}-\d{2}-\d{2}$/
  const result: {startDate?: string; endDate?: string} = {}
  if (from && day.test(from)) result.startDate = from
  if (to === undefined && result.startDate) result.endDate = result.startDate
  else if (to && day.test(to)) result.endDate = to
  return result
}

/** Whether an EDTF day or interval lies inside a month or year value (`2018-04` holds `2018-04-27`). */
export function within(value: string, container: string): boolean {
  const start = value.split('/')[0] ?? ''
  return container !== '' && !container.includes('X') && start.startsWith(container)
}
