/**
 * `plainspeak review DRAFT` and `plainspeak review import ANSWERS… --dictionary FILE`: file
 * handling and printing only. What to ask, the sheet, the answers format and the merging are
 * `@plainspeak/review`'s.
 */
import path from 'node:path'
import {formatProblems, hasErrors, textLimits, type CompiledDictionary} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {fileErrorFrom, readRegularFile} from '@plainspeak/base/node'
import {chooseQuestions, DictionaryShapeError, documentTitle, learnFromAnswers, maxAnswersBytes, parseAnswers, renderSheet, summariseLearning, type NamedAnswers} from '@plainspeak/review'
import {readDictionaryToChange} from './dictionary-to-change.js'
import {checkOneFile, type SingleFileOptions} from './single-file.js'
import {exitCodes, UsageError, type ExitCode} from './errors.js'
import {writeWholeOutput} from './output.js'
import {sayOnStderr, showControls} from './terminal-text.js'
import {refuseWritingOverInputs} from './write-guard.js'

export interface SheetCommandOptions extends SingleFileOptions {
  title?: string
  panel?: string
  maxWords?: number
  maxPassages?: number
  /** Words the writer wants asked about too. */
  ask?: string[]
}

/** A panel's name goes into every reviewed entry, so it has the dictionary's limit. */
function refuseLongPanelName(panel: string | undefined): void {
  if (panel !== undefined && panel.length > textLimits.panel) {
    throw new UsageError(`--panel is ${panel.length.toLocaleString('en-GB')} characters long; a panel's name can be ${textLimits.panel} at most.`)
  }
}

/** Writes the review sheet for one draft; says on stderr what it asks about. */
export async function writeReviewSheet(options: SheetCommandOptions): Promise<ExitCode> {
  refuseLongPanelName(options.panel)
  const result = await checkOneFile({...options, wantFindings: true})
  const format = result.format
  const questions = chooseQuestions(
    {text: result.text ?? '', format, messages: result.findings ?? [], stats: result.stats},
    {
      ...(options.maxWords === undefined ? {} : {maxWords: options.maxWords}),
      ...(options.maxPassages === undefined ? {} : {maxPassages: options.maxPassages}),
      ...(options.ask ? {ask: options.ask} : {})
    }
  )
  const asked = new Set(questions.map((question) => question.id))
  for (const words of options.ask ?? []) {
    if (!asked.has(`term:${words.trim().replace(/\s+/g, ' ').toLowerCase()}`)) sayOnStderr(`plainspeak: --ask "${words}": not found in ${result.path}, so not asked.`)
  }
  const title = options.title ?? documentTitle(result.stats.sections, path.basename(result.path))
  await writeWholeOutput(renderSheet(questions, {title, ...(options.panel ? {panel: options.panel} : {})}), options.output, 'the review sheet')
  const words = questions.filter((question) => question.kind !== 'passage').length
  const passages = questions.length - words
  const where = options.output ?? 'standard output'
  sayOnStderr(
    questions.length === 0
      ? `plainspeak: found nothing to ask a panel about in ${result.path}; wrote a sheet with no questions to ${where}.`
      : `plainspeak: wrote a review sheet to ${where}: ${words} ${words === 1 ? 'word' : 'words'} and ${passages} ${passages === 1 ? 'passage' : 'passages'} to ask about.`
  )
  return exitCodes.clean
}

export interface ImportOptions {
  dictionary: string
  write?: boolean
  panel?: string
}

/** Reads each answers file; a bad one is named with what is wrong and left out. */
async function readAnswers(files: readonly string[]): Promise<{answers: NamedAnswers[]; leftOut: string[]}> {
  const answers: NamedAnswers[] = []
  const leftOut: string[] = []
  for (const file of files) {
    let text: string
    try {
      text = (await readRegularFile(file, {maxBytes: maxAnswersBytes})).toString('utf8')
    } catch (error) {
      leftOut.push(`${file}: ${fileErrorFrom(error, file).message}`)
      continue
    }
    const parsed = parseAnswers(text)
    if (parsed.ok) answers.push({name: file, answers: parsed.answers})
    else leftOut.push(`${file}: ${parsed.problem}`)
  }
  return {answers, leftOut}
}

/** Merges answers into the dictionary: a preview unless `write`. Exit 2 when a file was left out. */
export async function importAnswers(files: readonly string[], options: ImportOptions, cwd = process.cwd()): Promise<ExitCode> {
  if (files.length === 0) throw new UsageError('Name the answers files to import (the .json files the review sheets saved).')
  refuseLongPanelName(options.panel)
  // The dictionary is the one file this command writes: never an answers file it reads.
  await refuseWritingOverInputs(
    [{option: '--dictionary', file: options.dictionary}],
    files.map((file) => ({file: path.resolve(cwd, file), role: 'an answers file'})),
    cwd
  )

  const {path: dictionaryPath, text: dictionaryText, lintErrors} = await readDictionaryToChange(cwd, options.dictionary, 'no answers were added to it')

  const {answers, leftOut} = await readAnswers(files)
  for (const problem of leftOut) sayOnStderr(`plainspeak: left out ${problem}`)
  if (answers.length === 0) {
    sayOnStderr('plainspeak: no answers to import, so nothing was changed.')
    return exitCodes.usage
  }

  let result
  try {
    result = learnFromAnswers(answers, {dictionaryText, dictionaryName: options.dictionary, base: builtin as CompiledDictionary, ...(options.panel ? {panel: options.panel} : {})})
  } catch (error) {
    if (error instanceof DictionaryShapeError) throw new UsageError(`${error.message} Nothing was written.`)
    throw error
  }

  // The loaders' own checks (size, then dict lint), on the text about to be written: a file that would not load is never written.
  if (result.changes.length > 0) {
    const errors = lintErrors(result.text)
    if (hasErrors(errors)) {
      process.stdout.write(showControls(summariseLearning(result, {dictionaryName: options.dictionary, written: false, leftOut})))
      throw new UsageError(`The changed ${options.dictionary} would not pass plainspeak dict lint, so nothing was written:\n${formatProblems(errors)}`)
    }
  }

  const write = options.write === true && result.changes.length > 0
  // The shared writer: a temporary file renamed into place, never through a link.
  if (write) await writeWholeOutput(result.text, dictionaryPath, 'the dictionary', '--dictionary')
  process.stdout.write(showControls(summariseLearning(result, {dictionaryName: options.dictionary, written: write, leftOut})))
  return leftOut.length > 0 ? exitCodes.usage : exitCodes.clean
}
