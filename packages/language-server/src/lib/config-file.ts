/**
 * Project configuration: `.plainspeakrc.json`, `.plainspeakrc.yaml`, `.plainspeakrc.yml` or a
 * `plainspeak` key in `package.json`, found by walking up from the document's folder.
 *
 * The CLI has its own reader; both should move to one shared Node-only module (see the
 * package README). Errors name the file, line and column and say how to fix them.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isMap, isSeq, LineCounter, parseDocument, type Document} from 'yaml'

export const configFileNames = ['.plainspeakrc.json', '.plainspeakrc.yaml', '.plainspeakrc.yml'] as const

/** Keys a project file may set. */
export const configKeys = ['audience', 'rules', 'dictionaries', 'allow', 'acronymScope', 'readingAge'] as const

export type ConfigKey = (typeof configKeys)[number]

export interface ProjectConfig {
  /** Absolute path of the file. */
  file: string
  /** Values as written, except `dictionaries`, resolved to absolute paths. */
  values: Partial<Record<ConfigKey, unknown>> & {dictionaries?: string[]}
  /** Where a key (`['rules', 'jargon']`) is written, 1-based. */
  locate(keyPath: readonly string[]): {line: number; column: number}
}

/** A configuration file that cannot be used: located, with what to do. */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string
  ) {
    super(message)
    this.name = 'ConfigFileError'
  }
}

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ')

/** Finds and reads project files, remembering each folder's answer until `clear()`. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<ProjectConfig | undefined>>()

  /** The configuration that applies to files in `directory`; rejects with `ConfigFileError`. */
  find(directory: string): Promise<ProjectConfig | undefined> {
    let found = this.cache.get(directory)
    if (!found) {
      found = this.search(directory)
      this.cache.set(directory, found)
    }
    return found
  }

  clear(): void {
    this.cache.clear()
  }

  private async search(directory: string): Promise<ProjectConfig | undefined> {
    for (const name of configFileNames) {
      const text = await readText(path.join(directory, name))
      if (text !== undefined) return parseConfig(path.join(directory, name), text, false)
    }
    const packageFile = path.join(directory, 'package.json')
    const packageText = await readText(packageFile)
    if (packageText !== undefined) {
      const config = parseConfig(packageFile, packageText, true)
      if (config) return config
    }
    const parent = path.dirname(directory)
    return parent === directory ? undefined : this.find(parent)
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Whether a path is one the finder reads: a change to it means re-reading configuration. */
export function isConfigFile(file: string): boolean {
  const name = path.basename(file)
  return name === 'package.json' || (configFileNames as readonly string[]).includes(name)
}

function parseConfig(file: string, text: string, packageJson: boolean): ProjectConfig | undefined {
  const lineCounter = new LineCounter()
  // JSON is YAML 1.2, so one parser gives located errors for both formats.
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const at = (offset: number) => {
    const {line, col} = lineCounter.linePos(offset)
    return {line, column: col}
  }
  const firstError = document.errors[0]
  if (firstError) {
    const {line, column} = at(firstError.pos[0])
    if (packageJson) return undefined // Not ours to judge; another tool will complain.
    throw new ConfigFileError(file, line, column, `${path.basename(file)} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`)
  }

  const prefix: string[] = packageJson ? ['plainspeak'] : []
  const locate = (keyPath: readonly string[]) => locateKey(document, [...prefix, ...keyPath], at)
  const data = document.toJS() as unknown
  let values: unknown = data
  if (packageJson) {
    if (!isObject(data) || !('plainspeak' in data)) return undefined
    values = data['plainspeak']
  }
  const name = packageJson ? 'the `plainspeak` key of package.json' : path.basename(file)
  if (values === null || values === undefined) values = {}
  if (!isObject(values)) {
    const {line, column} = locate([])
    throw new ConfigFileError(file, line, column, `Expected settings in ${name}, such as {"audience": "board"}`)
  }
  for (const key of Object.keys(values)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      const {line, column} = locate([key])
      throw new ConfigFileError(file, line, column, `Unknown key \`${key}\` in ${name}, expected one of ${list(configKeys)}`)
    }
  }
  const dictionaries = values['dictionaries']
  const resolved: ProjectConfig['values'] = {...values} as ProjectConfig['values']
  if (dictionaries !== undefined) {
    if (!Array.isArray(dictionaries) || dictionaries.some((item) => typeof item !== 'string' || item === '')) {
      const {line, column} = locate(['dictionaries'])
      throw new ConfigFileError(file, line, column, `Unexpected value for \`dictionaries\` in ${name}, expected a list of paths to YAML files or folders`)
    }
    resolved.dictionaries = (dictionaries as string[]).map((item) => path.resolve(path.dirname(file), item))
  }
  return {file, values: resolved, locate}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The key node of `keyPath`, or the deepest node found on the way. */
function locateKey(document: Document, keyPath: readonly string[], at: (offset: number) => {line: number; column: number}) {
  let node: unknown = document.contents
  let offset = (node as {range?: [number]} | null)?.range?.[0] ?? 0
  for (const key of keyPath) {
    if (!isMap(node)) break
    const pair = node.items.find((item) => (item.key as {value?: unknown} | null)?.value === key)
    if (!pair) break
    offset = (pair.key as {range?: [number]} | null)?.range?.[0] ?? offset
    node = pair.value
  }
  return at(offset)
}

/** One write at a time, so two quick "add to dictionary" actions both land. */
let writing: Promise<unknown> = Promise.resolve()

/**
 * Adds a term to the `allow` list of a project file, or creates `.plainspeakrc.json` in
 * `directory` when there is none. Keeps the file's format (JSON indentation, YAML comments).
 */
export function addToAllowList(file: string | undefined, directory: string, term: string) {
  const task = writing.then(() => writeAllow(file, directory, term))
  writing = task.catch(() => undefined)
  return task
}

async function writeAllow(file: string | undefined, directory: string, term: string) {
  if (!file) {
    const created = path.join(directory, configFileNames[0])
    try {
      await writeFile(created, JSON.stringify({allow: [term]}, null, 2) + '\n', {flag: 'wx'})
      return {file: created, created: true, added: true}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      file = created
    }
  }
  const text = await readFile(file, 'utf8')
  const has = (items: unknown) => Array.isArray(items) && items.some((item) => typeof item === 'string' && item.toLowerCase() === term.toLowerCase())

  if (file.endsWith('.json')) {
    const data = JSON.parse(text) as Record<string, unknown>
    const packageJson = path.basename(file) === 'package.json'
    const target = (packageJson ? ((data['plainspeak'] ??= {}) as Record<string, unknown>) : data)
    if (has(target['allow'])) return {file, created: false, added: false}
    target['allow'] = [...(Array.isArray(target['allow']) ? target['allow'] : []), term]
    const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? 2
    await writeFile(file, JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : ''))
    return {file, created: false, added: true}
  }

  const document = parseDocument(text)
  if (document.errors.length > 0) throw new Error(`${path.basename(file)} is not valid YAML; fix it before adding to it`)
  if (has(document.toJS()?.allow)) return {file, created: false, added: false}
  if (isSeq(document.get('allow'))) document.addIn(['allow'], term)
  else document.set('allow', document.createNode([term]))
  await writeFile(file, String(document))
  return {file, created: false, added: true}
}
