/** A config file that cannot be used: where the mistake is, and what to do about it. */
export class ConfigFileError extends Error {
  constructor(
    /** Absolute path of the file. */
    readonly file: string,
    /** 1-based line. */
    readonly line: number,
    /** 1-based column. */
    readonly column: number,
    /** Names the key and the valid values, or what is wrong with the file, and how to fix it. */
    message: string
  ) {
    super(message)
    this.name = 'ConfigFileError'
  }
}
