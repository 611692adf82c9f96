import type {DocumentStats, Format} from '@plainspeak/core'
import type {ReportMessage} from '../report-message.js'

/** One checked file, as reporters see it. */
export interface FileReport {
  /** As shown to people: relative to the working folder, forward slashes. */
  path: string
  absolutePath: string
  /** `docx` when line N means paragraph N. */
  format: Format | 'docx'
  /** After `--quiet` and `--baseline`. */
  messages: ReportMessage[]
  stats: DocumentStats
  /** The checked text; only for reporters that ask for it. */
  text?: string
}

/** A file that could not be checked (missing, unreadable, binary, not UTF-8, a broken .docx). */
export interface InputFailure {
  /** The file, as shown; `undefined` for an argument that matched no file at all. */
  path?: string
  message: string
}

export interface RunSummary {
  /** Files checked. */
  files: number
  errors: number
  warnings: number
  infos: number
  /** Suggestions shown (with `--suggestions`): counted apart, since they never fail a run. */
  suggestions: number
  /** Findings left out because the baseline accepts them. */
  baselined: number
  /** Warnings and info left out by `--quiet` (suggestions aside): not shown, but found. */
  quieted: {warning: number; info: number}
  failures: InputFailure[]
  maxWarnings: number | undefined
  exitCode: number
}

export interface ReporterContext {
  cwd: string
  color: boolean
  /** The rule docs page findings link to: the organisation's `docsUrl`, or the page shipped with Plainspeak. */
  docsBase: string
  /**
   * `--max-memory`, in megabytes: a reporter that holds the report until the end (the HTML page,
   * whose summary comes first) keeps what it holds to a share of it.
   */
  maxMemoryMb?: number
  /** Says something on stderr about the report (what was left out of it). */
  note?: (message: string) => void
}

/**
 * Reporters stream: `start` once, `file` for each file in order, `end` once. Each returns the
 * text to write, so a run over thousands of files never holds them all. `file` may return the
 * text in parts, made as they are written, so one file with tens of thousands of findings is
 * never held as one huge text either.
 */
export interface Reporter {
  start(): string
  file(report: FileReport): string | Iterable<string>
  end(summary: RunSummary): string | Iterable<string>
}

export interface ReporterDefinition {
  create(context: ReporterContext): Reporter
  /** The reporter shows the text itself (the HTML report). */
  needsText: boolean
  /** Read as text by people (a terminal, a CI log): control characters from input are shown, not obeyed. */
  forPeople: boolean
  summary: string
}

export const severityOrder = ['error', 'warning', 'info'] as const
