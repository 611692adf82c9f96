/**
 * Checks one file: read, decode, check with core, and return plain JSON. The same code runs in
 * worker threads, under the pool's time and memory budget. A file that cannot be checked
 * becomes a failure on that file, never a crash of the run.
 */
import {CheckerCache, createChecker, type ParagraphInput, findingContext, findingFingerprint, type FindingContext, estimateCheckMemory, formatCount, paragraphPlacer, PlainspeakOptionError, messageToJson, type Checker, type MessageJson, type CheckOptions, type PlainspeakMessage, type DocumentStats, type Format} from '@plainspeak/core'
import {FileReadError, readRegularFile} from '@plainspeak/base/node'
import {formatSize, type Audience} from '@plainspeak/base'
import {InputError} from './errors.js'
import {decodeInput} from './read-input.js'
import {toReportMessage, type ReportMessage} from './report-message.js'

export interface CheckTask {
  /** Position in the run: results are reported in this order. */
  index: number
  /** Absolute path to read, or `undefined` when `bytes` are given (stdin). */
  file?: string
  bytes?: Uint8Array
  /** A Word document's paragraphs, already read (`fix` reads a .docx itself, to write it back). */
  paragraphs?: ParagraphInput[]
  /** The path as shown in reports; its extension picks the format. */
  name: string
  optionsKey: string
  /** Return the checked text too (the HTML report shows it). */
  wantText: boolean
  /** Return core's findings in full too, with their `data` (`plainspeak review` chooses from them). */
  wantFindings?: boolean
  /** Return the words around each finding (the run reads or writes a baseline). */
  wantContexts?: boolean
  /** Largest text to check, in bytes (UTF-16 code units for extracted .docx text). */
  maxBytes: number
  /**
   * Real folders the file must be inside once symbolic links are followed (a file found in a
   * folder walk must not lead out of it, even if a link is swapped in after the walk).
   */
  within?: string[]
  /** `bytes` stopped at the limit (standard input longer than it). */
  truncated?: boolean
}

export interface FileResult {
  path: string
  /** `docx` when line N means paragraph N. */
  format: Format | 'docx'
  messages: ReportMessage[]
  /** Words around each finding, for baselines (when asked for); same order as `messages`. */
  contexts?: FindingContext[]
  stats: DocumentStats
  /** The audience the file was checked for: dismissals ("Not useful here") count at it. */
  audience: Audience
  text?: string
  /** Core's findings as JSON, with `data`: only when the task asked (`wantFindings`). */
  findings?: MessageJson[]
}

export type Outcome = {ok: true; result: FileResult} | {ok: false; path: string; message: string}

/** A .docx is mostly pictures and packaging: allow it this many times the text limit. */
export const docxPackageAllowance = 10

/** What a file that needs more memory than `--max-memory` is told, whether found before checking or during it. */
export function overMemoryMessage(maxMemoryMb: number, shape?: string): string {
  return `Checking this file needed more than ${maxMemoryMb} MB of memory${shape ? ` (it has ${shape})` : ''}, the limit for one file. Split it into smaller files, or raise the limit with --max-memory.`
}

export class FileChecker {
  /** `maxMemoryMb`: the budget of one file, to refuse one that cannot fit before parsing it. */
  constructor(private readonly budget: {maxMemoryMb?: number} = {}) {}

  private readonly options = new Map<string, CheckOptions>()
  /** One checker per config in use (a run may meet many configs: the oldest are dropped). */
  private readonly checkers = new CheckerCache<string>()

  setOptions(key: string, options: CheckOptions): void {
    this.options.set(key, options)
    this.checkers.delete(key)
  }

  hasOptions(key: string): boolean {
    return this.options.has(key)
  }

  /**
   * `collect`: where each finding goes as it is made, instead of the result's `messages` (which is
   * then empty). A worker packs each one for the main thread straight away (packed-messages.ts),
   * so a file's findings are never all held as objects on the thread that checked it.
   */
  async check(task: CheckTask, collect?: (message: ReportMessage) => void): Promise<Outcome> {
    try {
      return {ok: true, result: await this.run(task, collect)}
    } catch (error) {
      return {ok: false, path: task.name, message: describeFailure(error)}
    }
  }

  private async run(task: CheckTask, collect?: (message: ReportMessage) => void): Promise<FileResult> {
    const input = task.paragraphs ? ({kind: 'paragraphs', paragraphs: task.paragraphs} as const) : await this.read(task)
    const checker = this.checkerFor(task.optionsKey)
    let result
    if (input.kind === 'paragraphs') {
      const size = input.paragraphs.reduce((total, paragraph) => total + paragraph.text.length, 0)
      if (size > task.maxBytes) throw new InputError(tooLarge(size, task.maxBytes, 'The text in this document'))
      result = checker.checkParagraphs(input.paragraphs)
    } else {
      this.refuseIfTooLarge(input.text, input.format)
      result = checker.check(input.text, input.format)
    }
    // What core checked, which offsets point into (for .docx: its paragraphs joined by core).
    const {text} = result
    const place = input.kind === 'paragraphs' ? paragraphPlacer(text, result.stats.sections) : undefined
    const findings = task.wantFindings ? result.messages.map(messageToJson) : undefined
    // Each of core's messages is let go as soon as it is converted: a findings-dense 5 MB file
    // has tens of thousands, and holding them and their report messages at once was the peak.
    const core: (PlainspeakMessage | undefined)[] = result.messages
    const messages: ReportMessage[] = []
    const contexts: FindingContext[] | undefined = task.wantContexts ? [] : undefined
    for (let index = 0; index < core.length; index++) {
      const found = core[index]!
      core[index] = undefined
      const message = toReportMessage(found, place?.(found.place.start.line))
      // The words around each finding: its fingerprint ("Not useful here", JSON, SARIF) and the baseline's match.
      const context = findingContext(text, message.offset, message.endOffset, input.kind === 'paragraphs')
      message.fingerprint = findingFingerprint(message.ruleId, message.actual, context)
      contexts?.push(context)
      if (collect) collect(message)
      else messages.push(message)
    }
    core.length = 0
    return {
      path: task.name,
      format: input.kind === 'paragraphs' ? 'docx' : input.format,
      messages,
      ...(contexts ? {contexts} : {}),
      stats: result.stats,
      audience: checker.options.audience,
      ...(task.wantText ? {text} : {}),
      ...(findings ? {findings} : {})
    }
  }

  private async read(task: CheckTask): ReturnType<typeof decodeInput> {
    const isDocx = /\.docx$/i.test(task.name)
    const limit = isDocx ? task.maxBytes * docxPackageAllowance : task.maxBytes
    const bytes = task.bytes ?? (await readLimited(task.file!, limit, task.within))
    if (task.truncated) throw new InputError(`Standard input is over the ${formatSize(limit)} limit. Split the text into smaller parts, or raise the limit with --max-file-size.`)
    if (bytes.length > limit) throw new InputError(tooLarge(bytes.length, limit, 'This input'))
    return decodeInput(bytes, task.name, task.maxBytes)
  }

  /** A text whose shape needs more memory than the budget is refused in milliseconds, before parsing. */
  private refuseIfTooLarge(text: string, format: Format): void {
    if (this.budget.maxMemoryMb === undefined) return
    const estimate = estimateCheckMemory(text, format)
    if (estimate.bytes > this.budget.maxMemoryMb * 1024 * 1024) {
      throw new InputError(overMemoryMessage(this.budget.maxMemoryMb, estimate.largest ? `${formatCount(estimate.largest.count)} ${estimate.largest.what}` : undefined))
    }
  }

  private checkerFor(key: string): Checker {
    return this.checkers.get(key, () => {
      const options = this.options.get(key)
      if (!options) throw new Error(`No options were sent for ${key}`)
      return createChecker(options)
    })
  }
}

/** Reads a regular file (never a pipe or a device), refusing one over the limit before reading it. */
async function readLimited(file: string, maxBytes: number, within: string[] | undefined): Promise<Uint8Array> {
  try {
    return await readRegularFile(file, {
      maxBytes,
      ...(within ? {within, outsideMessage: () => 'This file is now a symbolic link to a file outside the folder being checked, so Plainspeak did not read it.'} : {})
    })
  } catch (error) {
    if (error instanceof FileReadError && error.problem === 'too-large') {
      throw new InputError(error.size !== undefined && error.size > maxBytes + 1 ? tooLarge(error.size, maxBytes, 'This file') : `This file is over the ${formatSize(maxBytes)} limit. Split it into smaller files, or raise the limit with --max-file-size.`)
    }
    throw error
  }
}

function tooLarge(size: number, limit: number, what: string): string {
  return `${what} is ${formatSize(size)}, over the ${formatSize(limit)} limit. Split it into smaller files, or raise the limit with --max-file-size.`
}

/**
 * A plain sentence for the person running the check. Everything a file can do wrong has its own
 * message; anything else (a fault in Plainspeak or a library) still says what to do, with a
 * stack trace only on request.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof InputError || error instanceof FileReadError) return error.message
  if (error instanceof PlainspeakOptionError) return `${error.message}.`
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'This file is nested too deeply to check (it exhausted the stack). Split it into smaller files, or flatten its structure.'
  }
  const detail = process.env['PLAINSPEAK_DEBUG'] && error instanceof Error ? `\n${error.stack}` : ' (set PLAINSPEAK_DEBUG=1 for the details)'
  return `Plainspeak stopped while checking this file, for a reason it does not know how to explain. Check that the file opens normally; if it does, please report the problem.${detail}`
}
