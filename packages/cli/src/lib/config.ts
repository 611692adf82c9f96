/**
 * Configuration: found by walking up from each file's folder to the nearest
 * `.plainspeakrc.json`, `.plainspeakrc.yaml`, `.plainspeakrc.yml` or `package.json` with a
 * `plainspeak` key (or given with `--config`), validated with errors that name the file, the key
 * and the valid values, and turned into core's `CheckOptions` with the dictionaries compiled.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {PlainspeakOptionError, resolveOptions, type CheckOptions, type DictionaryLayer} from '@plainspeak/core'
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {layerDictionaries} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {compileDictionaryFiles, formatProblem} from '@plainspeak/dictionary/node'
import {isMap, LineCounter, parseDocument, type Document} from 'yaml'
import {UsageError} from './errors.js'
import {displayPath} from './files.js'

export const configFileNames = ['.plainspeakrc.json', '.plainspeakrc.yaml', '.plainspeakrc.yml', 'package.json'] as const

/** The keys a config file may set. */
export const configKeys = ['audience', 'rules', 'dictionaries', 'allow', 'acronymScope', 'readingAge'] as const

type ConfigKey = (typeof configKeys)[number]

/** Settings from the command line, applied over every config file. */
export interface Overrides {
  audience?: string
  rules?: Record<string, string>
  /** `--dictionary` paths, relative to the working folder. */
  dictionaries?: string[]
}

/** What one file is checked with. */
export interface ResolvedConfig {
  /** The config file used, or `undefined` when none was found. */
  file: string | undefined
  /** Identifies these options, so worker threads build one checker per config, not per file. */
  key: string
  options: CheckOptions
}

interface ConfigFile {
  file: string
  options: CheckOptions
  /** Absolute paths of the dictionaries it names. */
  dictionaries: string[]
}

const quoted = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ')

export class ConfigResolver {
  private readonly byDirectory = new Map<string, Promise<ConfigFile | undefined>>()
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>()
  private readonly layers = new Map<string, Promise<DictionaryLayer[]>>()
  /** Dictionary warnings, printed once each on stderr; they do not stop the run. */
  readonly warnings: string[] = []

  constructor(
    private readonly cwd: string,
    private readonly overrides: Overrides = {},
    private readonly explicitConfig?: string
  ) {
    validateOverrides(overrides)
  }

  /** The options for a file in `directory`. Throws `UsageError` for a bad config file. */
  forDirectory(directory: string): Promise<ResolvedConfig> {
    const configFile = this.explicitConfig ? this.load(path.resolve(this.cwd, this.explicitConfig), true) : this.discover(directory)
    return configFile.then((found) => {
      const key = found?.file ?? ''
      let resolved = this.resolved.get(key)
      if (!resolved) {
        resolved = this.resolve(found)
        this.resolved.set(key, resolved)
      }
      return resolved
    })
  }

  private async resolve(found: ConfigFile | undefined): Promise<ResolvedConfig> {
    const overrideDictionaries = (this.overrides.dictionaries ?? []).map((file) => path.resolve(this.cwd, file))
    const dictionaries = await this.compileLayers([...(found?.dictionaries ?? []), ...overrideDictionaries], found?.file)
    const options: CheckOptions = {...found?.options}
    if (this.overrides.audience) options.audience = this.overrides.audience as CheckOptions['audience']
    if (this.overrides.rules) options.rules = {...options.rules, ...(this.overrides.rules as CheckOptions['rules'])}
    if (dictionaries.length > 0) options.dictionaries = dictionaries
    return {file: found?.file, key: found?.file ?? '(no config file)', options}
  }

  private discover(directory: string): Promise<ConfigFile | undefined> {
    let pending = this.byDirectory.get(directory)
    if (!pending) {
      pending = this.findIn(directory).then((found) => {
        if (found !== undefined) return found
        const parent = path.dirname(directory)
        return parent === directory ? undefined : this.discover(parent)
      })
      this.byDirectory.set(directory, pending)
    }
    return pending
  }

  private async findIn(directory: string): Promise<ConfigFile | undefined> {
    for (const name of configFileNames) {
      const file = await this.load(path.join(directory, name), false)
      if (file) return file
    }
    return undefined
  }

  /** Reads one config file; `undefined` when it does not exist (or is a package.json with no `plainspeak` key). */
  private async load(file: string, required: boolean): Promise<ConfigFile | undefined> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (!required && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR')) return undefined
      const why = code === 'ENOENT' ? 'File not found.' : code === 'EACCES' ? 'Permission denied.' : (error as Error).message
      throw new UsageError(`Cannot read the config file ${this.show(file)}: ${why}`)
    }
    return parseConfigFile(text, file, this.show(file), required)
  }

  private compileLayers(files: string[], configFile: string | undefined): Promise<DictionaryLayer[]> {
    const key = files.join('\0')
    let pending = this.layers.get(key)
    if (!pending) {
      pending = this.compile(files, configFile)
      this.layers.set(key, pending)
    }
    return pending
  }

  /** Each dictionary is its own layer over the ones before it: later files change earlier entries. */
  private async compile(files: string[], configFile: string | undefined): Promise<DictionaryLayer[]> {
    const layers: CompiledDictionary[] = []
    const errors: string[] = []
    for (const file of files) {
      const base = layerDictionaries(builtin as CompiledDictionary, ...layers)
      const compiled = await compileDictionaryFiles([file], {base})
      for (const problem of compiled.problems) {
        const line = formatProblem({...problem, file: this.show(path.resolve(process.cwd(), problem.file))})
        if (problem.severity === 'error') errors.push(line)
        else if (!this.warnings.includes(line)) this.warnings.push(line)
      }
      layers.push(compiled.dictionary)
    }
    if (errors.length > 0) {
      const from = configFile ? ` named in ${this.show(configFile)}` : ''
      throw new UsageError(`${errors.join('\n')}\nFix the dictionary files${from} and run again (\`plainspeak dict lint FILE\` checks one).`)
    }
    return layers
  }

  private show(file: string): string {
    return displayPath(file, this.cwd)
  }
}

function validateOverrides(overrides: Overrides): void {
  try {
    resolveOptions({audience: overrides.audience as CheckOptions['audience'], rules: overrides.rules as CheckOptions['rules']})
  } catch (error) {
    if (error instanceof PlainspeakOptionError) {
      const flag = error.option === 'audience' ? '--audience' : '--rule'
      throw new UsageError(`${flag}: ${error.message}.`)
    }
    throw error
  }
}

/**
 * Validates a config file's text. JSON files are also read with the YAML parser (JSON is YAML)
 * only to find the line and column of a bad key.
 */
export function parseConfigFile(text: string, file: string, shown: string, required: boolean): ConfigFile | undefined {
  const isJson = file.endsWith('.json')
  const lines = new LineCounter()
  const document = parseDocument(text, {lineCounter: lines, prettyErrors: true, uniqueKeys: true})
  let data: unknown
  if (isJson) {
    try {
      data = JSON.parse(text)
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message)?.[1]
      const where = position === undefined ? '' : `${lines.linePos(Number(position)).line}:${lines.linePos(Number(position)).col}:`
      throw new UsageError(`${shown}:${where} This is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}. Fix the file and run again.`)
    }
  } else {
    const problem = document.errors[0]
    if (problem) {
      const start = problem.linePos?.[0]
      const where = start ? `${start.line}:${start.col}:` : ''
      const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      throw new UsageError(`${shown}:${where} This is not valid YAML: ${message}. Fix the file and run again.`)
    }
    data = document.toJS()
  }

  const prefix: string[] = []
  if (path.basename(file) === 'package.json') {
    const settings = (data as Record<string, unknown> | null)?.['plainspeak']
    if (settings === undefined) {
      if (required) throw new UsageError(`${shown}: This package.json has no \`plainspeak\` key. Add one, or name a .plainspeakrc.json file.`)
      return undefined
    }
    data = settings
    prefix.push('plainspeak')
  }
  const locate = (keyPath: readonly (string | number)[], what: 'key' | 'value' = 'value') => locationOf(document, lines, [...prefix, ...keyPath], what)
  const fail = (where: string, message: string) => new UsageError(`${shown}:${where} ${message}`)

  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw fail(locate([]), `Expected settings such as \`audience: board\`, not ${Array.isArray(data) ? 'a list' : JSON.stringify(data)}.`)
  }
  const settings = data as Record<string, unknown>
  for (const key of Object.keys(settings)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      throw fail(locate([key], 'key'), `Unknown key \`${key}\`, expected one of ${quoted(configKeys)}.`)
    }
  }

  const dictionaries = readDictionaryPaths(settings['dictionaries'], () => locate(['dictionaries']), fail)
  const options: CheckOptions = {}
  for (const key of configKeys) {
    if (key !== 'dictionaries' && settings[key] !== undefined) (options as Record<ConfigKey, unknown>)[key] = settings[key]
  }
  try {
    resolveOptions(options)
  } catch (error) {
    if (error instanceof PlainspeakOptionError) {
      // Point at the key for an unknown name (`Unknown rule …`), at the value otherwise.
      throw fail(locate(error.option.split('.'), error.message.startsWith('Unknown') ? 'key' : 'value'), `${error.message}.`)
    }
    throw error
  }
  return {file, options, dictionaries: dictionaries.map((entry) => path.resolve(path.dirname(file), entry))}
}

function readDictionaryPaths(value: unknown, where: () => string, fail: (where: string, message: string) => UsageError): string[] {
  if (value === undefined) return []
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw fail(where(), `Unexpected value ${JSON.stringify(value)} for \`dictionaries\`, expected a list of paths to dictionary files (relative to this config file).`)
  }
  return list as string[]
}

/** `line:column:` of a key or its value in the file, or of the nearest parent that exists. */
function locationOf(document: Document, lines: LineCounter, keyPath: readonly (string | number)[], what: 'key' | 'value'): string {
  for (let length = keyPath.length; length >= 0; length--) {
    const parentPath = keyPath.slice(0, length - 1)
    const last = keyPath[length - 1]
    const parent = length === 0 ? undefined : parentPath.length === 0 ? document.contents : document.getIn(parentPath, true)
    let range: readonly number[] | null | undefined
    if (length === 0) {
      range = (document.contents as {range?: number[]} | null)?.range
    } else if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as {value?: unknown} | null)?.value === last)
      const node = (what === 'key' || length < keyPath.length ? pair?.key : pair?.value ?? pair?.key) as {range?: number[]} | undefined
      range = node?.range
    } else {
      range = (document.getIn([...parentPath, last], true) as {range?: number[]} | undefined)?.range
    }
    if (range) {
      const position = lines.linePos(range[0]!)
      return `${position.line}:${position.col}:`
    }
  }
  return ''
}
