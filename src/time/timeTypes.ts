import type {CalendarDate, TimeModifier} from './timeValue.js'

/** How the missing parts of an expression were found. */
export type Resolution = 'explicit' | 'sentence' | 'paragraph' | 'heading' | 'section' | 'document' | 'relative' | 'unresolved'

/** A time expression located in the text (code points) with its normalized value. */
export interface TimeExpression {
  start: number
  end: number
  exact: string
  /** EDTF value. */
  value: string
  mod?: TimeModifier
  resolution: Resolution
  /** Index (in the result) of the expression this one took its year or date from. */
  anchor?: number
}

/** A value once its missing parts are filled: a date, or a range (`open` for `2017－`). */
export interface ResolvedValue {
  from: CalendarDate
  to?: CalendarDate | 'open'
}

declare module 'vfile' {
  interface DataMap {
    /** Time expressions of `text`, in text order (written by `tagTimeExpressions`). */
    times: TimeExpression[]
  }
}
