/**
 * A dictionary file that a command is about to change (`review import`, `feedback apply`): read
 * whole, or empty when it does not exist yet, and refused unless it passes `dict lint` first,
 * because changes merged into a file the loaders refuse (two entries for one word, a review
 * record that is not one) would be miscounted. Nothing is written when either step fails.
 */
import path from 'node:path'
import {formatProblems, hasErrors, type CompiledDictionary, type Problem} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {lintDictionaryText, maxDictionaryFileBytes} from '@plainspeak/dictionary/node'
import {fileErrorFrom, readRegularFile} from '@plainspeak/base/node'
import {UsageError} from './errors.js'

export interface DictionaryToChange {
  /** The file's path, resolved against the working folder. */
  path: string
  /** Its text, or `''` when it does not exist yet. */
  text: string
  /** The errors `dict lint` finds in a text meant for this file (its name in messages, the built-in dictionary beneath it). */
  lintErrors(text: string): Problem[]
}

/** Reads `file` (as given on the command line) for `what` ("no answers were added to it"). */
export async function readDictionaryToChange(cwd: string, file: string, what: string): Promise<DictionaryToChange> {
  const dictionaryPath = path.resolve(cwd, file)
  let text = ''
  try {
    text = (await readRegularFile(dictionaryPath, {maxBytes: maxDictionaryFileBytes})).toString('utf8')
  } catch (error) {
    const failure = fileErrorFrom(error, file)
    // A dictionary that does not exist yet is made; any other failure stops before anything is written.
    if (failure.problem !== 'missing') throw new UsageError(`Cannot read ${file}: ${failure.message} Nothing was written.`)
  }
  const lintErrors = (candidate: string) => lintDictionaryText(file, candidate, {base: builtin as CompiledDictionary}).filter((problem) => problem.severity === 'error')
  if (text.trim() !== '') {
    const errors = lintErrors(text)
    if (hasErrors(errors)) throw new UsageError(`${file} does not pass plainspeak dict lint, so ${what}. Nothing was written. Fix these first:\n${formatProblems(errors)}`)
  }
  return {path: dictionaryPath, text, lintErrors}
}
