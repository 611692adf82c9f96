/** A feedback record that cannot be read or written: where the mistake is, and what to do about it. */
export class FeedbackRecordError extends Error {
  constructor(
    /** Absolute path of the record. */
    readonly file: string,
    /** 1-based line. */
    readonly line: number,
    /** 1-based column. */
    readonly column: number,
    message: string
  ) {
    super(message)
    this.name = 'FeedbackRecordError'
  }
}
