/**
 * Checks a single file, for the commands that report on one document (`glossary`, `stats`).
 * Uses the same reading, config and checking as `check`, on a worker thread under the same
 * time and memory budget, and refuses to write its result over a file it reads.
 */
import path from 'node:path'
import type {CheckOptions, ParagraphInput} from '@plainspeak/core'
import {docxPackageAllowance, type FileResult, type Outcome} from './file-checker.js'
import {ConfigResolver, type Overrides} from './config.js'
import {UsageError} from './errors.js'
import {displayPath} from '@plainspeak/config'
import {checkAll} from './pool.js'
import {readStdin} from './stdin.js'
import {refuseWritingOverInputs, type ReadInput} from './write-guard.js'
import {sayOnStderr} from './terminal-text.js'

export interface SingleFileOptions extends Overrides {
  file?: string
  stdin?: boolean
  stdinFilename?: string
  config?: string
  maxFileSize: number
  timeoutMs?: number
  maxMemoryMb?: number
  /** Where the result will be written (`-o`), checked against the files read before anything is checked. */
  output?: string
  /** Return the checked text and core's full findings too (`plainspeak review`). */
  wantFindings?: boolean
  /** Return the words around each finding too (`feedback apply` learns `unless` contexts from them). */
  wantContexts?: boolean
  /** The paragraphs of a .docx `file`, read already: checked as they are (`fix` writes them back). */
  paragraphs?: ParagraphInput[]
}

export async function checkOneFile(options: SingleFileOptions, cwd = process.cwd()): Promise<FileResult> {
  if (!options.stdin && !options.file) throw new UsageError('Name the file to read, or use --stdin.')
  if (options.stdin && options.file) throw new UsageError('Give a file or --stdin, not both.')
  const resolver = new ConfigResolver(cwd, {audience: options.audience, rules: options.rules, dictionaries: options.dictionaries, organisationFolders: options.organisationFolders, suggestions: options.suggestions}, options.config)
  const name = options.stdin ? (options.stdinFilename ?? 'stdin') : options.file!
  const absolute = path.resolve(cwd, name)
  const config = await resolver.forDirectory(path.dirname(absolute))
  for (const warning of resolver.warnings) sayOnStderr(warning)

  const inputs: ReadInput[] = [...resolver.inputs].map(([file, role]) => ({file, role}))
  if (!options.stdin || options.stdinFilename) inputs.push({file: absolute, role: options.stdin ? 'the file named by --stdin-filename' : 'the file being checked'})
  if (options.output !== undefined) await refuseWritingOverInputs([{option: '--output', file: options.output}], inputs, cwd)

  const shown = options.stdin && !options.stdinFilename ? 'stdin' : displayPath(absolute, cwd)
  const limit = /\.docx$/i.test(name) ? options.maxFileSize * docxPackageAllowance : options.maxFileSize
  const input = options.stdin ? await readStdin(limit) : undefined
  let outcome: Outcome | undefined
  await checkAll(
    [
      {
        index: 0,
        ...(input ? {bytes: input.bytes, truncated: input.truncated} : options.paragraphs ? {paragraphs: options.paragraphs} : {file: absolute}),
        name: shown,
        optionsKey: config.key,
        wantText: options.wantFindings === true,
        ...(options.wantFindings ? {wantFindings: true} : {}),
        ...(options.wantContexts ? {wantContexts: true} : {}),
        maxBytes: options.maxFileSize
      }
    ],
    {jobs: 1, options: new Map<string, CheckOptions>([[config.key, config.options]]), timeoutMs: options.timeoutMs, maxMemoryMb: options.maxMemoryMb},
    (result) => {
      outcome = result
    }
  )
  if (!outcome?.ok) throw new UsageError(`cannot check ${shown}: ${outcome?.message ?? 'no result'}`)
  return outcome.result
}
