/** Why a source could not be turned into text. */
export type DecodeRuleId = 'binary-file' | 'undecodable'

/** Raised by `decodeSource` when the bytes are not text it can read; `message` is meant for the user. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly ruleId: DecodeRuleId

  constructor(ruleId: DecodeRuleId, message: string) {
    super(message)
    this.ruleId = ruleId
  }
}
