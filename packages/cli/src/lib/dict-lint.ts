/** `plainspeak dict lint [files…]`: the dictionary package's lint, with located errors. */
import {formatProblems, lintDictionaryFiles} from '@plainspeak/dictionary/node'
import type {ExitCode} from './errors.js'
import {showControls} from './terminal-text.js'

export async function runDictLint(files: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<ExitCode> {
  const result = await lintDictionaryFiles(files)
  stdout.write(showControls(formatProblems(result.problems)))
  stdout.write(`${showControls(result.summary)}\n`)
  return result.exitCode
}
