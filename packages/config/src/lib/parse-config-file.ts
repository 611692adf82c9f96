/**
 * Reads one config file's text into validated settings. Every mistake is a `ConfigFileError` at
 * the line and column of the key (an unknown name) or of its value (a bad value), with the
 * valid values: vale's "errors in data name file:line:column".
 */
import path from 'node:path'
import {PlainspeakOptionError, resolveOptions, type CheckOptions} from '@plainspeak/core'
import {excerpt} from '@plainspeak/base'
import {findAliasBomb, findDeepNesting, keyPathOffset, lineAndColumn} from '@plainspeak/base/yaml'
import {isSeq, LineCounter, parseDocument, type Document} from 'yaml'
import {ConfigFileError, type ConfigMistake} from './config-file-error.js'
import {configKeys, isPackageJson, packageJsonKey, type ConfigKey} from './names.js'

/** The settings a config file makes, apart from its dictionaries. */
export type ConfigOptions = Pick<CheckOptions, 'audience' | 'rules' | 'allow' | 'acronymScope' | 'readingAge' | 'docsUrl'>

export interface ProjectConfig {
  /** Absolute path of the file. */
  file: string
  /** Its settings, as written and validated by core. */
  options: ConfigOptions
  /** Absolute paths of the dictionary files and folders it names, lowest layer first. */
  dictionaries: string[]
}

export interface ParseConfigOptions {
  /**
   * The file was named on purpose (`--config`): a `package.json` without a `plainspeak` key is an
   * error rather than "not a config file".
   */
  required?: boolean
}

interface Place {
  line: number
  column: number
}

type KeyPath = readonly (string | number)[]

const quoted = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ')

/**
 * Validates a config file's text. Returns `undefined` for a `package.json` with no `plainspeak`
 * key (unless `required`); throws `ConfigFileError` for anything else that cannot be used.
 */
export function parseConfigFile(file: string, text: string, {required = false}: ParseConfigOptions = {}): ProjectConfig | undefined {
  file = path.resolve(file)
  const fail = (place: Place, message: string) => new ConfigFileError(file, place.line, place.column, message)
  // Nesting that would exhaust the parser is refused before it runs.
  const deep = findDeepNesting(text)
  if (deep) throw fail(lineAndColumn(text, deep.offset), deep.message)
  const lines = new LineCounter()
  // JSON is YAML 1.2: one parser locates keys and values in both formats.
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: true, uniqueKeys: true})
  const at = (offset: number): Place => {
    const {line, col} = lines.linePos(offset)
    return {line, column: col}
  }
  const bomb = document.errors.length === 0 ? findAliasBomb(document, 10_000) : undefined
  if (bomb) throw fail(at(bomb.offset), bomb.message)

  let data = file.endsWith('.json') ? readJson(text, (offset, message) => fail(at(offset), message)) : readYaml(document, fail)
  const prefix: string[] = []
  if (isPackageJson(file)) {
    const settings = isObject(data) ? data[packageJsonKey] : undefined
    if (settings === undefined) {
      if (required) throw fail({line: 1, column: 1}, `This package.json has no \`${packageJsonKey}\` key. Add one, or name a .plainspeakrc.json file.`)
      return undefined
    }
    data = settings
    prefix.push(packageJsonKey)
  }
  const locate = (keyPath: KeyPath, what: 'key' | 'value' = 'value') => locationOf(document, [...prefix, ...keyPath], what, at)

  if (data === null || data === undefined) data = {}
  if (!isObject(data)) {
    // Say what the file holds without quoting it: it may not be a config file at all.
    throw fail(locate([]), `Expected settings such as \`audience: board\`, not ${describeKind(data)}. Check that this is a Plainspeak config file.`)
  }
  // Every mistake from here on is collected, so a file with three is reported with three.
  const mistakes: ConfigMistake[] = []
  const mistake = (place: Place, message: string) => mistakes.push({...place, message})
  for (const key of Object.keys(data)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      mistake(locate([key], 'key'), `Unknown key \`${excerpt(key)}\`, expected one of ${quoted(configKeys)}.`)
    }
  }

  const dictionaries = readDictionaryPaths(data['dictionaries'])
  if (!dictionaries) {
    mistake(
      locate(['dictionaries']),
      `Unexpected value ${excerpt(JSON.stringify(data['dictionaries']), 60)} for \`dictionaries\`, expected a list of paths to dictionary files (relative to this config file).`
    )
  }
  const options: ConfigOptions = {}
  for (const key of configKeys) {
    if (key !== 'dictionaries' && data[key] !== undefined) (options as Record<ConfigKey, unknown>)[key] = data[key]
  }
  for (const error of optionErrors(options)) {
    // Point at the key for an unknown name (`Unknown rule …`), at the value otherwise.
    mistake(locate(error.option.split('.'), error.message.startsWith('Unknown') ? 'key' : 'value'), `${shortenQuotes(error.message)}.`)
  }
  if (mistakes.length > 0 || !dictionaries) throw ConfigFileError.all(file, mistakes)
  return {file, options, dictionaries: dictionaries.map((entry) => path.resolve(path.dirname(file), entry))}
}

/**
 * Every option core refuses, not only the first: core stops at one, so when the settings fail
 * together each setting (and each rule) is tried alone. Settings that fail only together give
 * core's one error.
 */
function optionErrors(options: ConfigOptions): PlainspeakOptionError[] {
  const refused = (tried: ConfigOptions): PlainspeakOptionError | undefined => {
    try {
      resolveOptions(tried)
      return undefined
    } catch (error) {
      if (!(error instanceof PlainspeakOptionError)) throw error
      return error
    }
  }
  const together = refused(options)
  if (!together) return []
  const alone: ConfigOptions[] = []
  for (const [key, value] of Object.entries(options) as Array<[keyof ConfigOptions, unknown]>) {
    if (key === 'rules' && isObject(value)) for (const [rule, setting] of Object.entries(value)) alone.push({rules: {[rule]: setting}} as ConfigOptions)
    else alone.push({[key]: value} as ConfigOptions)
  }
  const each = alone.map(refused).filter((error): error is PlainspeakOptionError => error !== undefined)
  return each.length > 0 ? each : [together]
}

/** JSON.parse decides validity (YAML accepts trailing commas); its position locates the mistake. */
function readJson(text: string, fail: (offset: number, message: string) => ConfigFileError): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)?.[1]
    const offset = position !== undefined ? Number(position) : message.startsWith('Unexpected end') ? text.length : 0
    const reason = excerpt(message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, ''), 120)
    throw fail(offset, `This is not valid JSON: ${reason}. Fix the file and run again.`)
  }
}

function readYaml(document: Document, fail: (place: Place, message: string) => ConfigFileError): unknown {
  // The parser's first error only: the ones after it are mostly the same mistake seen again.
  const problem = document.errors[0]
  if (problem) {
    const start = problem.linePos?.[0]
    const message = excerpt(problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 160)
    throw fail(start ? {line: start.line, column: start.col} : {line: 1, column: 1}, `This is not valid YAML: ${message}. Fix the file and run again.`)
  }
  try {
    return document.toJS({maxAliasCount: 10_000})
  } catch (error) {
    throw fail({line: 1, column: 1}, `This file could not be read as YAML: ${excerpt((error as Error).message, 160)}. Fix the file and run again.`)
  }
}

/** What a whole file holds, without quoting any of it. */
function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'plain text'
  return `a single ${typeof value}`
}

/** Values quoted in backticks in a message, cut to a short excerpt. */
function shortenQuotes(message: string): string {
  return message.replace(/`([^`]{61,})`/g, (_match, value: string) => `\`${excerpt(value, 60)}\``)
}

/**
 * The error for a dictionary path the config may not name, at the place it is written (the
 * `dictionaries` value, or its item `index` when it is a list).
 */
export function dictionaryPathError(file: string, text: string, index: number, message: string): ConfigFileError {
  file = path.resolve(file)
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, uniqueKeys: false})
  const at = (offset: number): Place => {
    const {line, col} = lines.linePos(offset)
    return {line, column: col}
  }
  const prefix = isPackageJson(file) ? [packageJsonKey] : []
  const value = document.getIn([...prefix, 'dictionaries'], true)
  const place = locationOf(document, isSeq(value) ? [...prefix, 'dictionaries', index] : [...prefix, 'dictionaries'], 'value', at)
  return new ConfigFileError(file, place.line, place.column, message)
}

/** A path or a list of paths; `undefined` when the value is neither. */
function readDictionaryPaths(value: unknown): string[] | undefined {
  if (value === undefined) return []
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) return undefined
  return list as string[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Where a key or its value is written, or the nearest parent that is; the file's start otherwise. */
function locationOf(document: Document, keyPath: KeyPath, what: 'key' | 'value', at: (offset: number) => Place): Place {
  const offset = keyPathOffset(document, keyPath, what)
  return offset === undefined ? {line: 1, column: 1} : at(offset)
}
