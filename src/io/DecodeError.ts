/** Why a source could not be turned into text. */
export type DecodeRuleId = 'binary-file' | 'undecodable'

/** Where in the source the problem is (1-based line and column). */
export interface DecodePlace {
  line: number
  column: number
}

/** Raised by `decodeSource` when the bytes are not text it can read; `message` is meant for the user. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly ruleId: DecodeRuleId
  readonly place: DecodePlace | undefined

  constructor(ruleId: DecodeRuleId, message: string, place?: DecodePlace) {
    super(message)
    this.ruleId = ruleId
    this.place = place
  }
}
