/**
 * Errors a person can fix: bad options, a bad config file, a file that cannot be read. They are
 * printed as one plain message (never a stack trace) and make the run exit 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A file that could not be read or decoded. The run goes on with the other files. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** A file `fix` cannot fix: said on stderr, and the run goes on with the others. */
export class FileProblem extends Error {}

/** Exit codes, documented in the README. */
export const exitCodes = {
  /** No findings that fail. */
  clean: 0,
  /** An error-severity finding, or more warnings than `--max-warnings`. */
  findings: 1,
  /** Bad usage, a bad config file or a file that could not be read. */
  usage: 2
} as const

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes]
