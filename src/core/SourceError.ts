/** A source that cannot give a record, for a reason the user can act on; `ruleId` goes to the manifest. */
export class SourceError extends Error {
  override readonly name: string = 'SourceError'
  constructor(
    message: string,
    readonly ruleId: string
  ) {
    super(message)
  }
}
