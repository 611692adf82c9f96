/**
 * Checks one file: read, decode, check with core, and return plain JSON. The same code runs in
 * worker threads and, for a single file or stdin, in the main thread. A file that cannot be
 * checked becomes a failure on that file, never a crash of the run.
 */
import {readFile, stat} from 'node:fs/promises'
import {Checker, createChecker, messageToJson, paragraphPlacer, PlainspeakOptionError, type CheckOptions, type DocumentStats, type FindingGroup, type Format, type MessageJson, type ParagraphPlace} from '@plainspeak/core'
import {findingContext, type FindingContext} from './baseline.js'
import {InputError} from './errors.js'
import {decodeInput} from './read-input.js'

export interface CheckTask {
  /** Position in the run: results are reported in this order. */
  index: number
  /** Absolute path to read, or `undefined` when `bytes` are given (stdin). */
  file?: string
  bytes?: Uint8Array
  /** The path as shown in reports; its extension picks the format. */
  name: string
  optionsKey: string
  /** Return the checked text too (the HTML report shows it). */
  wantText: boolean
  /** Largest text to check, in bytes (UTF-16 code units for extracted .docx text). */
  maxBytes: number
}

/**
 * A finding in the CLI's JSON: core's `messageToJson` without `source` (always `plainspeak`) and
 * `data` (rule internals), so the documented shape stays small and stable. `group` is kept: every
 * finding of the same term in a file shares it, so tools can treat a repeated word as one thing.
 * In a Word document (where `line` is the paragraph's index) `paragraph` says where that is in
 * words a writer can find: the heading it sits under and the paragraph's opening words.
 */
export type ReportMessage = Omit<MessageJson, 'source' | 'data'> & {group?: FindingGroup; paragraph?: ParagraphPlace}

export function toReportMessage(json: MessageJson, paragraph?: ParagraphPlace): ReportMessage {
  const {ruleId, severity, reason, actual, expected, note, url, line, column, endLine, endColumn, offset, endOffset} = json
  const group = json.data['group'] as FindingGroup | undefined
  return {ruleId, severity, reason, actual, expected, note, url, line, column, endLine, endColumn, offset, endOffset, ...(group ? {group} : {}), ...(paragraph ? {paragraph} : {})}
}

export interface FileResult {
  path: string
  /** `docx` when line N means paragraph N. */
  format: Format | 'docx'
  messages: ReportMessage[]
  /** Words around each finding, for baselines; same order as `messages`. */
  contexts: FindingContext[]
  stats: DocumentStats
  text?: string
}

export type Outcome = {ok: true; result: FileResult} | {ok: false; path: string; message: string}

/** A .docx is mostly pictures and packaging: allow it this many times the text limit. */
const docxPackageAllowance = 10

export class FileChecker {
  private readonly options = new Map<string, CheckOptions>()
  private readonly checkers = new Map<string, Checker>()

  setOptions(key: string, options: CheckOptions): void {
    this.options.set(key, options)
    this.checkers.delete(key)
  }

  hasOptions(key: string): boolean {
    return this.options.has(key)
  }

  async check(task: CheckTask): Promise<Outcome> {
    try {
      return {ok: true, result: await this.run(task)}
    } catch (error) {
      return {ok: false, path: task.name, message: describeFailure(error)}
    }
  }

  private async run(task: CheckTask): Promise<FileResult> {
    const isDocx = /\.docx$/i.test(task.name)
    const limit = isDocx ? task.maxBytes * docxPackageAllowance : task.maxBytes
    const bytes = task.bytes ?? (await readLimited(task.file!, limit))
    if (bytes.length > limit) throw new InputError(tooLarge(bytes.length, limit, 'This input'))
    const input = await decodeInput(bytes, task.name)
    const checker = this.checkerFor(task.optionsKey)
    let result
    if (input.kind === 'paragraphs') {
      const size = input.paragraphs.reduce((total, paragraph) => total + paragraph.text.length, 0)
      if (size > task.maxBytes) throw new InputError(tooLarge(size, task.maxBytes, 'The text in this document'))
      result = checker.checkParagraphs(input.paragraphs)
    } else {
      result = checker.check(input.text, input.format)
    }
    // What core checked, which offsets point into (for .docx: its paragraphs joined by core).
    const {text} = result
    const place = input.kind === 'paragraphs' ? paragraphPlacer(text, result.stats.sections) : undefined
    const messages = result.messages.map((message) => toReportMessage(messageToJson(message), place?.(message.place.start.line)))
    return {
      path: task.name,
      format: input.kind === 'paragraphs' ? 'docx' : input.format,
      messages,
      contexts: messages.map((message) => findingContext(text, message.offset, message.endOffset, input.kind === 'paragraphs')),
      stats: result.stats,
      ...(task.wantText ? {text} : {})
    }
  }

  private checkerFor(key: string): Checker {
    let checker = this.checkers.get(key)
    if (!checker) {
      const options = this.options.get(key)
      if (!options) throw new Error(`No options were sent for ${key}`)
      checker = createChecker(options)
      this.checkers.set(key, checker)
    }
    return checker
  }
}

async function readLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file)
  if (info.isDirectory()) throw new InputError('This is a folder, not a file.')
  if (info.size > maxBytes) throw new InputError(tooLarge(info.size, maxBytes, 'This file'))
  return readFile(file)
}

function tooLarge(size: number, limit: number, what: string): string {
  return `${what} is ${formatSize(size)}, over the ${formatSize(limit)} limit. Split it into smaller files, or raise the limit with --max-file-size.`
}

function formatSize(bytes: number): string {
  const [unit, scale] = bytes >= 1_000_000 ? ['MB', 1_000_000] : bytes >= 1000 ? ['KB', 1000] : ['bytes', 1]
  return `${(bytes / scale).toFixed(1).replace(/\.0$/, '')} ${unit}`
}

const readErrors: Record<string, string> = {
  ENOENT: 'File not found. Check the path and the spelling of the file name.',
  EACCES: 'Permission denied: Plainspeak cannot read this file. Check its permissions.',
  EPERM: 'Permission denied: Plainspeak cannot read this file. Check its permissions.',
  EISDIR: 'This is a folder, not a file.',
  ELOOP: 'This path is a loop of symbolic links.'
}

/** A plain sentence for the person running the check; a stack trace only for our own bugs, on request. */
export function describeFailure(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof PlainspeakOptionError) return `${error.message}.`
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && readErrors[code]) return readErrors[code]
  const message = error instanceof Error ? error.message : String(error)
  const detail = process.env['PLAINSPEAK_DEBUG'] && error instanceof Error ? `\n${error.stack}` : ''
  return `Plainspeak could not check this file: ${message}. This is a bug in Plainspeak: please report it with the file if you can.${detail}`
}
