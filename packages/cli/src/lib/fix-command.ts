/**
 * `plainspeak fix FILES…`: the safe fixes of each file (core's `safeFixes`: one replacement, in
 * prose, never in code, web addresses, front matter, names or quotations), shown as a unified
 * diff, or with `--write` written to the file. Each file is read and checked as `check` does it
 * (its config, `--rule`, `--suggestions`), fixed through core's one substitution code path, and
 * written through a temporary file and a rename, only if the file is still exactly what was read.
 * Only the files named are ever written. A second run finds nothing more to fix. A Word document
 * is never changed: its fixes go into a copy as tracked changes (fix-docx-command.ts).
 *
 * The exit code is as for `check`, on what is left after the fixes: 1 when an error-severity
 * finding remains, 2 when a file could not be read, fixed or written (the others still are).
 */
import {chmod, lstat, readFile, rename, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {applyEdits, formatFromPath, plural, safeFixes, textFileExtensions, type FixableFinding, type Format, type MessageJson} from '@plainspeak/core'
import {displayPath} from '@plainspeak/config'
import {painter, useColor} from './colors.js'
import type {Overrides} from './config.js'
import {exitCodes, UsageError, type ExitCode} from './errors.js'
import {writeProblem} from './output.js'
import {fixWordFile} from './fix-docx-command.js'
import {decodeText} from './read-input.js'
import {checkOneFile} from './single-file.js'
import {sayOnStderr, showControls} from './terminal-text.js'
import {unifiedDiff} from './unified-diff.js'
import {placeToWrite} from './write-guard.js'

export interface FixCommandOptions extends Overrides {
  paths: string[]
  write?: boolean
  /** `-o`: where to write the fixed copy of a Word document (one .docx only). */
  output?: string
  color?: boolean
  config?: string
  stdin?: boolean
  maxFileSize: number
  timeoutMs?: number
  maxMemoryMb?: number
}

/** A finding as `fix` reads it from the check: where it is, what to put there, how severe it is. */
type Finding = FixableFinding & {severity: MessageJson['severity']}

const toFinding = (json: MessageJson): Finding => ({start: json.offset, end: json.endOffset, actual: json.actual, expected: json.expected, subject: json.subject, severity: json.severity})

/** A file `fix` cannot fix: said on stderr, and the run goes on with the others. */
export class FileProblem extends Error {}

const utf8Bom = [0xef, 0xbb, 0xbf]

export async function runFix(options: FixCommandOptions, cwd = process.cwd(), stdout: NodeJS.WriteStream = process.stdout): Promise<ExitCode> {
  if (options.stdin) throw new UsageError('fix changes files: name them. It does not read standard input (use check --stdin to see findings).')
  if (options.paths.length === 0) throw new UsageError('Name the files to fix, for example: plainspeak fix paper.md')
  if (options.output !== undefined && (options.paths.length !== 1 || !/\.docx$/i.test(options.paths[0]!))) {
    throw new UsageError('-o writes the fixed copy of one Word document: plainspeak fix paper.docx -o paper-plainspeak.docx. For Markdown, text and HTML files use --write.')
  }
  const paint = painter(useColor({flag: options.color, isTTY: Boolean(stdout.isTTY)}))
  let exit: ExitCode = exitCodes.clean
  for (const name of options.paths) {
    const shown = displayPath(path.resolve(cwd, name), cwd)
    try {
      const left = await fixFile(name, shown, options, cwd, (text) => stdout.write(text), paint)
      if (left && exit === exitCodes.clean) exit = exitCodes.findings
    } catch (error) {
      if (!(error instanceof FileProblem) && !(error instanceof UsageError)) throw error
      sayOnStderr(`plainspeak: ${showControls(shown)}: ${error.message}`)
      exit = exitCodes.usage
    }
  }
  return exit
}

/** Fixes one file (or shows the diff); returns whether an error-severity finding is left. */
async function fixFile(name: string, shown: string, options: FixCommandOptions, cwd: string, print: (text: string) => void, paint: ReturnType<typeof painter>): Promise<boolean> {
  const absolute = path.resolve(cwd, name)
  const info = await lstat(absolute).catch((error: unknown) => {
    throw new FileProblem(`cannot be read: ${writeProblem(error)}. Nothing was changed.`)
  })
  if (info.isDirectory()) throw new FileProblem('is a folder: fix changes only the files you name. Name each file.')
  if (/\.docx$/i.test(name)) return fixWordFile(name, shown, options, cwd, print, paint)
  const extension = path.extname(name).slice(1).toLowerCase()
  if (!textFileExtensions.includes(extension)) throw new FileProblem(`is not a file fix reads: it changes .md, .txt and .html files (${textFileExtensions.map((item) => `.${item}`).join(', ')}).`)

  const bytes = await readFile(absolute)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new FileProblem('is saved as UTF-16: fix writes UTF-8 only. Save it as UTF-8 first. Nothing was changed.')
  const result = await checkOneFile({...options, file: name, wantFindings: true}, cwd)
  const text = result.text ?? ''
  if (decodeText(bytes) !== text) throw new FileProblem('changed while it was being read. Nothing was changed: run fix again.')
  const format: Format = result.format === 'docx' ? 'text' : result.format
  const findings = (result.findings ?? []).map(toFinding)
  const {fixes} = safeFixes(text, findings, format)
  const fixed = new Set(fixes.map((fix) => fix.finding))
  const errorsLeft = findings.some((finding) => finding.severity === 'error' && !fixed.has(finding))
  if (fixes.length === 0) return errorsLeft

  const edits = fixes.map((fix) => fix.edit)
  const summary = changeSummary(fixes.map((fix) => [fix.finding.actual, fix.edit.text]))
  if (!options.write) {
    print(unifiedDiff(shown, text, edits, paint))
    sayOnStderr(`plainspeak: ${showControls(shown)}: ${plural(fixes.length, 'safe fix', 'safe fixes')} (${summary}). Run with --write to apply ${fixes.length === 1 ? 'it' : 'them'}.`)
    return errorsLeft
  }
  const after = applyEdits(text, edits).text
  const hasBom = utf8Bom.every((byte, index) => bytes[index] === byte)
  await writeInPlace(absolute, name, cwd, bytes, Buffer.concat([hasBom ? Buffer.from(utf8Bom) : Buffer.alloc(0), Buffer.from(after, 'utf8')]))
  sayOnStderr(`plainspeak: ${showControls(shown)}: applied ${plural(fixes.length, 'safe fix', 'safe fixes')} (${summary}).`)
  return errorsLeft
}

/** "utilise → use ×2, going forward → from now on": the changes, grouped by kind. */
export function changeSummary(changes: ReadonlyArray<[from: string, to: string]>): string {
  const counts = new Map<string, number>()
  for (const [from, to] of changes) {
    const key = `${from.toLowerCase()} → ${to === '' ? '(removed)' : to.toLowerCase()}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key)).join(', ')
}

/**
 * Writes the fixed text over the file it came from: into a temporary file beside it, then a
 * rename, and only if the file still holds exactly the bytes that were read (an editor may have
 * saved it meanwhile). Never through a link (`placeToWrite`).
 */
export async function writeInPlace(absolute: string, name: string, cwd: string, read: Buffer, content: Buffer): Promise<void> {
  const place = await placeToWrite({option: 'fix --write', file: name}, cwd, 'Nothing was written.')
  if (place.kind !== 'file' || !place.existing) throw new FileProblem('is not a regular file: fix writes only the files it read. Nothing was written.')
  const target = place.path
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
  try {
    // `wx`: the temporary name is never a link or a file already there.
    await writeFile(temporary, content, {flag: 'wx', mode: 0o600})
    await chmod(temporary, place.existing.mode & 0o7777)
    const now = await readFile(absolute)
    if (!now.equals(read)) throw new FileProblem('changed after it was read (saved by another program?). Nothing was written: run fix again.')
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    if (error instanceof FileProblem) throw error
    throw new FileProblem(`could not be written: ${writeProblem(error)}. The file is as it was.`)
  }
}
