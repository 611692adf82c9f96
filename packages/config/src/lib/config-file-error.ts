/** One mistake in a config file: where it is, and what to do about it. */
export interface ConfigMistake {
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  /** Names the key and the valid values, or what is wrong with the file, and how to fix it. */
  message: string
}

/**
 * A config file that cannot be used: where the mistake is, and what to do about it. `line`,
 * `column` and `message` are the first mistake; `mistakes` lists every one found, first included,
 * so a person fixes them all in one go rather than one per run.
 */
export class ConfigFileError extends Error {
  readonly mistakes: readonly ConfigMistake[]

  constructor(
    /** Absolute path of the file. */
    readonly file: string,
    /** 1-based line. */
    readonly line: number,
    /** 1-based column. */
    readonly column: number,
    /** Names the key and the valid values, or what is wrong with the file, and how to fix it. */
    message: string,
    /** The mistakes after this one, in the order of the file. */
    more: readonly ConfigMistake[] = []
  ) {
    super(message)
    this.name = 'ConfigFileError'
    this.mistakes = [{line, column, message}, ...more]
  }

  /** One error for all of a file's mistakes (at least one), in the order they appear in the file. */
  static all(file: string, mistakes: readonly ConfigMistake[]): ConfigFileError {
    const [first, ...more] = [...mistakes].sort((a, b) => a.line - b.line || a.column - b.column)
    return new ConfigFileError(file, first!.line, first!.column, first!.message, more)
  }
}
