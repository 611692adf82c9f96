/**
 * Node-only: reading dictionary files and folders, and `lint` as a function the CLI calls for
 * `plainspeak dict lint`. A file that cannot be read becomes a located problem on that file,
 * never a crash of the run.
 */
import {existsSync} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {compileDictionaries, type CompileOptions} from './lib/compile.js'
import {createProblem, hasErrors, sortProblems, summariseProblems} from './lib/problems.js'
import type {CompiledDictionary, DictionaryFileText, DictionaryResult, Problem} from './lib/types.js'
import {formatSize} from '@plainspeak/base'
import {fileErrorFrom, isInsideFolder, readRegularFile} from '@plainspeak/base/node'

export {formatProblem, formatProblems, summariseProblems, hasErrors} from './lib/problems.js'

/**
 * The built-in dictionaries' YAML: the repository's `dictionaries/` folder in the workspace (where
 * it is edited), else the copy an installed package ships (`dictionaries/`, copied at build).
 */
export const builtinDictionariesDirectory = fileURLToPath(
  existsSync(new URL('../../../pnpm-workspace.yaml', import.meta.url)) ? new URL('../../../dictionaries/', import.meta.url) : new URL('../dictionaries/', import.meta.url)
)

/** The folder the compiled `builtin.js` and the JSON schema are written to. */
export const distDirectory = path.dirname(fileURLToPath(import.meta.url))

/**
 * retext-simplify's patterns, read from the installed package (it exports only its entry point,
 * so its data module is found from there), for checking simpler-words.yml against them.
 */
export async function retextSimplifyPatterns(): Promise<string[]> {
  // createRequire, not import.meta.resolve: the VS Code bundle is CommonJS.
  const entry = createRequire(import.meta.url).resolve('retext-simplify')
  const {patterns} = (await import(pathToFileURL(path.join(path.dirname(entry), 'lib', 'patterns.js')).href)) as {patterns: Record<string, unknown>}
  return Object.keys(patterns)
}

/** Extensions read from a folder; JSON dictionaries have the same shape as YAML ones. */
const dictionaryExtensions = new Set(['.yml', '.yaml', '.json'])

/** Largest dictionary file read: about 10,000 entries with notes. Larger word lists can be split into a folder of files. */
export const maxDictionaryFileBytes = 2_000_000

/**
 * What the loaders would say about a dictionary file with this text, before it is written: its
 * size against `maxDictionaryFileBytes`, then the checks of `plainspeak dict lint`. For commands
 * that write a dictionary, so they never write one every loader then refuses.
 */
export function lintDictionaryText(file: string, text: string, options: CompileOptions = {}): Problem[] {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > maxDictionaryFileBytes) {
    return [createProblem(file, {line: 1, column: 1}, `This file would be ${formatSize(bytes)}, over the ${formatSize(maxDictionaryFileBytes)} limit for a dictionary file. Split it into smaller files.`)]
  }
  return compileDictionaries([{file, text}], options).problems
}

export interface LoadOptions {
  /**
   * Real paths of the folders dictionary files must be inside once symbolic links are followed
   * (for paths named in a project's config file: the project, and any organisation folder).
   * Any folder when absent (paths a person named on the command line or in editor settings).
   */
  within?: readonly string[]
  /** Largest file read, in bytes (default `maxDictionaryFileBytes`). */
  maxBytes?: number
}

export interface LoadedFiles {
  files: DictionaryFileText[]
  /** Paths that could not be read: missing, unreadable, or a folder with no dictionary files. */
  problems: Problem[]
}

/**
 * Read dictionary files. A folder loads its `*.yml`, `*.yaml` and `*.json` files (not
 * sub-folders) in name order. Built-in files are named `dictionaries/<name>` wherever the
 * command runs, other files by their path relative to the working directory.
 */
export async function loadDictionaryFiles(paths: readonly string[], options: LoadOptions = {}): Promise<LoadedFiles> {
  const loaded: LoadedFiles = {files: [], problems: []}
  const read = {within: options.within, maxBytes: options.maxBytes ?? maxDictionaryFileBytes}
  for (const given of paths) {
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => error)
    if (info instanceof Error) {
      loaded.problems.push(unreadable(displayName(given), info))
    } else if (info.isDirectory()) {
      await loadDirectory(given, loaded, read)
    } else {
      await loadFile(given, loaded, read)
    }
  }
  return loaded
}

type ReadLimits = Required<Pick<LoadOptions, 'maxBytes'>> & Pick<LoadOptions, 'within'>

const outside = (what: 'file' | 'folder') =>
  `This ${what} is a symbolic link to a ${what} outside the folders dictionaries may come from (the project and any organisation folder), so Plainspeak did not read it.`
const outsideMessage = () => outside('file')

async function loadDirectory(directory: string, loaded: LoadedFiles, read: ReadLimits): Promise<void> {
  if (read.within) {
    const real = await realpath(directory).catch(() => directory)
    if (!read.within.some((folder) => isInsideFolder(real, folder))) {
      loaded.problems.push(createProblem(displayName(directory), {line: 1, column: 1}, outside('folder')))
      return
    }
  }
  let names: string[]
  try {
    names = (await readdir(directory))
      .filter((name) => !name.startsWith('.') && dictionaryExtensions.has(path.extname(name).toLowerCase()))
      .sort()
  } catch (error) {
    loaded.problems.push(unreadable(displayName(directory), error))
    return
  }
  if (names.length === 0) {
    loaded.problems.push(
      createProblem(displayName(directory), {line: 1, column: 1}, 'This folder has no .yml, .yaml or .json dictionary files.', undefined, 'warning')
    )
  }
  for (const name of names) await loadFile(path.join(directory, name), loaded, read)
}

async function loadFile(file: string, loaded: LoadedFiles, read: ReadLimits): Promise<void> {
  const name = displayName(file)
  // A file named twice (or also through its folder) is read once, not reported as its own duplicate.
  if (loaded.files.some((existing) => existing.file === name)) return
  try {
    const bytes = await readRegularFile(file, {...read, outsideMessage})
    loaded.files.push({file: name, text: bytes.toString('utf8')})
  } catch (error) {
    loaded.problems.push(unreadable(name, error))
  }
}

function unreadable(file: string, error: unknown): Problem {
  const failure = fileErrorFrom(error, file)
  const message =
    failure.problem === 'too-large'
      ? `${failure.message.replace(/ limit\.$/, ' limit for a dictionary file.')} Split it into smaller files.`
      : failure.message
  return createProblem(file, {line: 1, column: 1}, message)
}

/** The path as the user gave it (tidied); built-in files as `dictionaries/<name>` from anywhere. */
function displayName(given: string): string {
  const insideBuiltin = path.relative(builtinDictionariesDirectory, path.resolve(given))
  if (insideBuiltin === '' || isInside(insideBuiltin)) return path.join('dictionaries', insideBuiltin)
  return path.normalize(given)
}

function isInside(relative: string): boolean {
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

export interface CompiledFiles extends DictionaryResult {
  /** How many files were read. */
  fileCount: number
}

/** Read and compile files as one layer. Files that could not be read are problems too, listed last. */
export async function compileDictionaryFiles(paths: readonly string[], options: CompileOptions & LoadOptions = {}): Promise<CompiledFiles> {
  const loaded = await loadDictionaryFiles(paths, options)
  const compiled = compileDictionaries(loaded.files, options)
  return {
    dictionary: compiled.dictionary,
    problems: sortProblems([...loaded.problems, ...compiled.problems], loaded.files.map((file) => file.file)),
    fileCount: loaded.files.length
  }
}

/** Compile the repository's `dictionaries/`; a folder that does not exist yet is an empty dictionary. */
export async function compileBuiltinDictionaries(directory: string = builtinDictionariesDirectory): Promise<CompiledFiles> {
  const exists = await stat(directory).then((info) => info.isDirectory(), () => false)
  if (!exists) {
    return {dictionary: compileDictionaries([]).dictionary, problems: [], fileCount: 0}
  }
  const compiled = await compileDictionaryFiles([directory], {simplifyPatterns: await retextSimplifyPatterns(), reviewEveryPattern: true})
  // A folder with no data files yet is not a problem for the build: the data arrives later.
  return {...compiled, problems: compiled.problems.filter((problem) => problem.file !== displayName(directory))}
}

export interface LintOptions {
  /**
   * The dictionary the files layer on. Default: the built-in one when linting other files (so
   * local files may use built-in source ids and switch built-in terms off), none when linting
   * the built-in files themselves. `null`: lint the files on their own.
   */
  base?: CompiledDictionary | null
}

export interface LintResult extends CompiledFiles {
  problems: Problem[]
  /** 1 when any problem is an error, else 0. */
  exitCode: 0 | 1
  /** "2 errors and 1 warning in 3 files." */
  summary: string
}

/** `plainspeak dict lint [files…]`: with no paths, the built-in dictionaries. */
export async function lintDictionaryFiles(paths: readonly string[] = [], options: LintOptions = {}): Promise<LintResult> {
  const targets = paths.length > 0 ? paths : [builtinDictionariesDirectory]
  const lintsBuiltin = targets.some(isBuiltinPath)
  const base = options.base === undefined ? (lintsBuiltin ? undefined : (await compileBuiltinDictionaries()).dictionary) : (options.base ?? undefined)
  const simplifyPatterns = await retextSimplifyPatterns()
  // The built-in simpler-words.yml must review every pattern; a local one changes only some.
  const builtinFolder = targets.some((target) => path.relative(builtinDictionariesDirectory, path.resolve(target)) === '')
  const compiled = await compileDictionaryFiles(targets, {...(base ? {base} : {}), simplifyPatterns, reviewEveryPattern: builtinFolder})
  return {
    ...compiled,
    exitCode: hasErrors(compiled.problems) ? 1 : 0,
    summary: summariseProblems(compiled.problems, compiled.fileCount)
  }
}

function isBuiltinPath(target: string): boolean {
  const relative = path.relative(builtinDictionariesDirectory, path.resolve(target))
  return relative === '' || isInside(relative)
}
