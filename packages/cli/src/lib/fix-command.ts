/**
 * `plainspeak fix FILES…`: the safe fixes of each file (core's `safeFixes`: one replacement, in
 * prose, never in code, web addresses, front matter, names or quotations), shown as a unified
 * diff grouped by kind of change (fix-groups.ts), or with `--write` written to the file, or with
 * `--interactive` asked about group by group, as `git add -p` asks, and the groups chosen written.
 * Each file is read and checked as `check` does it
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
import {applyEdits, plural, safeFixes, textFileExtensions, type FixableFinding, type FixEdit, type Format, type MessageJson} from '@plainspeak/core'
import {displayPath} from '@plainspeak/config'
import {openAnswers, type AnswerReader} from './answers.js'
import {painter, useColor, type Paint} from './colors.js'
import type {Overrides} from './config.js'
import {exitCodes, FileProblem, UsageError, type ExitCode} from './errors.js'
import {writeProblem} from './output.js'
import {fixWordFile} from './fix-docx-command.js'
import {changeSummary, editsAfter, groupedDiff, groupFixes, type FixGroup} from './fix-groups.js'
import type {FileResult} from './file-checker.js'
import {decodeText} from './read-input.js'
import {checkOneFile} from './single-file.js'
import {sayOnStderr, showControls} from './terminal-text.js'
import {unifiedDiff} from './unified-diff.js'
import {placeToWrite} from './write-guard.js'

export interface FixCommandOptions extends Overrides {
  paths: string[]
  write?: boolean
  /** Ask about each group of changes, then write the ones chosen. */
  interactive?: boolean
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
type Finding = FixableFinding & {severity: MessageJson['severity']; ruleId: string; entryKind?: string}

const toFinding = (json: MessageJson): Finding => ({
  start: json.offset,
  end: json.endOffset,
  actual: json.actual,
  expected: json.expected,
  subject: json.subject,
  severity: json.severity,
  ruleId: json.ruleId,
  ...(json.data.entry ? {entryKind: json.data.entry.kind} : {})
})

const utf8Bom = [0xef, 0xbb, 0xbf]

export async function runFix(options: FixCommandOptions, cwd = process.cwd(), stdout: NodeJS.WriteStream = process.stdout): Promise<ExitCode> {
  if (options.stdin) throw new UsageError('fix changes files: name them. It does not read standard input (use check --stdin to see findings).')
  if (options.paths.length === 0) throw new UsageError('Name the files to fix, for example: plainspeak fix paper.md')
  if (options.output !== undefined && (options.paths.length !== 1 || !/\.docx$/i.test(options.paths[0]!))) {
    throw new UsageError('-o writes the fixed copy of one Word document: plainspeak fix paper.docx -o paper-plainspeak.docx. For Markdown, text and HTML files use --write.')
  }
  if (options.interactive && options.output !== undefined) throw new UsageError('--interactive asks about the changes to Markdown, text and HTML files; a Word document\'s changes are reviewed in Word (-o writes them as tracked changes).')
  const paint = painter(useColor({flag: options.color, isTTY: Boolean(stdout.isTTY)}))
  const answers = options.interactive ? openAnswers() : undefined
  let exit: ExitCode = exitCodes.clean
  try {
    // Without questions to ask, the next file is read and checked while this one is fixed (two
    // checks at once, on their own worker threads): a meeting pack's papers take about half the
    // time on two cores, and the diffs still print in the order the files were named.
    const prepared = new Map<number, Promise<Prepared>>()
    const prepare = (index: number) => {
      if (index >= options.paths.length || prepared.has(index)) return
      const promise = prepareFile(options.paths[index]!, options, cwd, answers !== undefined)
      promise.catch(() => undefined)
      prepared.set(index, promise)
    }
    for (const [index, name] of options.paths.entries()) {
      const shown = displayPath(path.resolve(cwd, name), cwd)
      prepare(index)
      if (!answers) prepare(index + 1)
      try {
        const {errorsLeft, quit} = await fixFile(name, shown, await prepared.get(index)!, options, cwd, (text) => stdout.write(text), paint, answers)
        if (errorsLeft && exit === exitCodes.clean) exit = exitCodes.findings
        if (quit) break
      } catch (error) {
        if (!(error instanceof FileProblem) && !(error instanceof UsageError)) throw error
        sayOnStderr(`plainspeak: ${showControls(shown)}: ${error.message}`)
        exit = exitCodes.usage
      }
    }
  } finally {
    answers?.close()
  }
  return exit
}

interface FileOutcome {
  /** An error-severity finding is left after the fixes made. */
  errorsLeft: boolean
  /** `--interactive` was told to stop: ask nothing more, in this file or the next. */
  quit?: boolean
}

/** A file made ready to fix: a Word document (fixed into a copy on its own), or a text file's bytes as read and its check. */
type Prepared = {kind: 'docx'} | {kind: 'text'; bytes: Buffer; result: FileResult}

/** Reads and checks one file, refusing what fix does not change, before anything is shown or written. */
async function prepareFile(name: string, options: FixCommandOptions, cwd: string, asking: boolean): Promise<Prepared> {
  const absolute = path.resolve(cwd, name)
  const info = await lstat(absolute).catch((error: unknown) => {
    throw new FileProblem(`cannot be read: ${writeProblem(error)}. Nothing was changed.`)
  })
  if (info.isDirectory()) throw new FileProblem('is a folder: fix changes only the files you name. Name each file.')
  if (/\.docx$/i.test(name)) {
    if (asking) throw new FileProblem('is a Word document: --interactive asks about Markdown, text and HTML files. Review a Word document\'s changes in Word: plainspeak fix paper.docx -o paper-plainspeak.docx. Nothing was changed.')
    return {kind: 'docx'}
  }
  const extension = path.extname(name).slice(1).toLowerCase()
  if (!textFileExtensions.includes(extension)) throw new FileProblem(`is not a file fix reads: it changes .md, .txt and .html files (${textFileExtensions.map((item) => `.${item}`).join(', ')}).`)

  const bytes = await readFile(absolute)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new FileProblem('is saved as UTF-16: fix writes UTF-8 only. Save it as UTF-8 first. Nothing was changed.')
  return {kind: 'text', bytes, result: await checkOneFile({...options, file: name, wantFindings: true}, cwd)}
}

/** Fixes one file (or shows the diff, or asks about each group of changes). */
async function fixFile(name: string, shown: string, prepared: Prepared, options: FixCommandOptions, cwd: string, print: (text: string) => void, paint: Paint, answers: AnswerReader | undefined): Promise<FileOutcome> {
  if (prepared.kind === 'docx') return {errorsLeft: await fixWordFile(name, shown, options, cwd, print, paint)}
  const absolute = path.resolve(cwd, name)
  const {bytes, result} = prepared
  const text = result.text ?? ''
  if (decodeText(bytes) !== text) throw new FileProblem('changed while it was being read. Nothing was changed: run fix again.')
  const format: Format = result.format === 'docx' ? 'text' : result.format
  const findings = (result.findings ?? []).map(toFinding)
  const {fixes} = safeFixes(text, findings, format)
  const errorsLeftAfter = (made: ReadonlySet<FixEdit>) => {
    const fixed = new Set(fixes.filter((fix) => made.has(fix.edit)).map((fix) => fix.finding))
    return findings.some((finding) => finding.severity === 'error' && !fixed.has(finding))
  }
  const everything = new Set(fixes.map((fix) => fix.edit))
  if (fixes.length === 0) return {errorsLeft: errorsLeftAfter(everything)}

  const groups = groupFixes(fixes.map((fix) => ({ruleId: fix.finding.ruleId, ...(fix.finding.entryKind ? {entryKind: fix.finding.entryKind} : {}), actual: fix.finding.actual, edit: fix.edit})))
  if (!options.write && !answers) {
    print(groupedDiff(shown, text, groups, paint))
    const summary = changeSummary(fixes.map((fix) => [fix.finding.actual, fix.edit.text]))
    sayOnStderr(`plainspeak: ${showControls(shown)}: ${plural(fixes.length, 'safe fix', 'safe fixes')} (${summary}). Run with --write to apply ${fixes.length === 1 ? 'it' : 'them'}, or --interactive to choose.`)
    // As for check, on what would be left after the fixes shown.
    return {errorsLeft: errorsLeftAfter(everything)}
  }
  const {chosen, quit} = answers ? await askAboutGroups(shown, text, groups, print, paint, answers) : {chosen: fixes.map((fix) => fix.edit), quit: false}
  const made = new Set(chosen)
  const applied = fixes.filter((fix) => made.has(fix.edit))
  if (applied.length === 0) {
    sayOnStderr(`plainspeak: ${showControls(shown)}: no changes applied.`)
    return {errorsLeft: errorsLeftAfter(made), quit}
  }
  const after = applyEdits(text, chosen).text
  const hasBom = utf8Bom.every((byte, index) => bytes[index] === byte)
  await writeInPlace(absolute, name, cwd, bytes, Buffer.concat([hasBom ? Buffer.from(utf8Bom) : Buffer.alloc(0), Buffer.from(after, 'utf8')]))
  const summary = changeSummary(applied.map((fix) => [fix.finding.actual, fix.edit.text]))
  const of = applied.length < fixes.length ? ` of ${fixes.length}` : ''
  sayOnStderr(`plainspeak: ${showControls(shown)}: applied ${applied.length}${of} ${applied.length === 1 && !of ? 'safe fix' : 'safe fixes'} (${summary}).`)
  return {errorsLeft: errorsLeftAfter(made), quit}
}

const answerHelp = `y - apply this change
n - do not apply this change
a - apply this change and every later one in this file
d - do not apply this change or any later one in this file
q - quit: apply none of the changes not yet chosen, here or in later files
? - print help
`

/**
 * `--interactive`: each group's diff (read against the changes already chosen), then a question,
 * as `git add -p` asks about each hunk. Answers that run out are read as `q`.
 */
async function askAboutGroups(shown: string, text: string, groups: readonly FixGroup[], print: (text: string) => void, paint: Paint, answers: AnswerReader): Promise<{chosen: FixEdit[]; quit: boolean}> {
  const chosen: FixEdit[] = []
  let rest: 'y' | 'n' | undefined
  for (const [index, group] of groups.entries()) {
    if (rest === 'n') break
    if (rest !== 'y') {
      print(`${paint('yellow', `(${index + 1}/${groups.length}) ${showControls(group.title)}`)}\n${unifiedDiff(shown, applyEdits(text, chosen).text, editsAfter(chosen, group.edits), paint)}`)
    }
    let answer: 'y' | 'n' | undefined = rest
    while (answer === undefined) {
      print(paint('blue', `Apply this change [y,n,a,d,q,?]? `))
      const line = await answers.next()
      if (line === undefined) {
        print('\n')
        sayOnStderr(`plainspeak: ${showControls(shown)}: no more answers, so the changes not yet chosen are left as they are.`)
        return {chosen, quit: true}
      }
      // Piped answers are not echoed by a terminal: show each one after its question.
      if (!process.stdin.isTTY) print(`${line}\n`)
      const key = line.trim().toLowerCase()
      if (key === 'y' || key === 'n') answer = key
      else if (key === 'a' || key === 'd') answer = rest = key === 'a' ? 'y' : 'n'
      else if (key === 'q') return {chosen, quit: true}
      else print(answerHelp)
    }
    if (answer === 'y') chosen.push(...group.edits)
  }
  return {chosen, quit: false}
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
