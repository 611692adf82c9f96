/**
 * Checks a single file in the main thread, for the commands that report on one document
 * (`glossary`, `stats`). Uses the same reading, config and checking as `check`.
 */
import path from 'node:path'
import {FileChecker, type FileResult} from './check-file.js'
import {ConfigResolver, type Overrides} from './config.js'
import {UsageError} from './errors.js'
import {displayPath} from './files.js'
import {readStdin} from './stdin.js'

export interface SingleFileOptions extends Overrides {
  file?: string
  stdin?: boolean
  stdinFilename?: string
  config?: string
  maxFileSize: number
}

export async function checkOneFile(options: SingleFileOptions, cwd = process.cwd()): Promise<FileResult> {
  if (!options.stdin && !options.file) throw new UsageError('Name the file to read, or use --stdin.')
  if (options.stdin && options.file) throw new UsageError('Give a file or --stdin, not both.')
  const resolver = new ConfigResolver(cwd, {audience: options.audience, rules: options.rules, dictionaries: options.dictionaries}, options.config)
  const name = options.stdin ? (options.stdinFilename ?? 'stdin') : options.file!
  const absolute = path.resolve(cwd, name)
  const config = await resolver.forDirectory(path.dirname(absolute))
  for (const warning of resolver.warnings) process.stderr.write(`${warning}\n`)
  const checker = new FileChecker()
  checker.setOptions(config.key, config.options)
  const shown = options.stdin && !options.stdinFilename ? 'stdin' : displayPath(absolute, cwd)
  const outcome = await checker.check({
    index: 0,
    ...(options.stdin ? {bytes: await readStdin()} : {file: absolute}),
    name: shown,
    optionsKey: config.key,
    wantText: false,
    maxBytes: options.maxFileSize
  })
  if (!outcome.ok) throw new UsageError(`cannot check ${outcome.path}: ${outcome.message}`)
  return outcome.result
}
