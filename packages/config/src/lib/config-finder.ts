/**
 * Finds the config file that applies to a folder: the nearest one walking up (configs are not
 * merged). Each folder's answer is kept until `clear()`, so a batch of files or an editor's
 * checks read each file once.
 *
 * The walk stops at the repository's root (the nearest folder holding `.git`), or, outside a
 * repository, at the home folder: a config in a shared parent folder is not this project's.
 * A config file in a folder anyone may write to (`/tmp`, a world-writable share) is never read:
 * anyone could have put it there. It is named in `warnings` instead.
 *
 * A config file is data, possibly from someone else (a downloaded folder, a pull request): it is
 * read only if it is a regular file of sensible size, and the dictionaries it names must lie in
 * its own folder tree or in an organisation folder the person running Plainspeak named.
 */
import {lstat, realpath, stat} from 'node:fs/promises'
import {homedir} from 'node:os'
import path from 'node:path'
import {FileReadError, isInsideFolder, readRegularFile, realFolder} from '@plainspeak/base/node'
import {ConfigFileError} from './config-file-error.js'
import {configFileNames, isPackageJson} from './names.js'
import {dictionaryPathError, parseConfigFile, type ProjectConfig} from './parse-config-file.js'

/** Largest config file read; a `package.json` may be larger (it holds other tools' settings). */
const maxConfigBytes = 1_000_000
const maxPackageJsonBytes = 10_000_000

export interface ConfigFinderOptions {
  /**
   * Folders of an organisation's shared dictionaries, named by the person running Plainspeak
   * (`--organisation-folder`, an editor setting). Config files may name dictionaries in them as
   * well as in their own folder tree.
   */
  organisationFolders?: readonly string[]
  /** Where the walk stops outside a repository (default: the home folder). */
  home?: string
}

export class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<ProjectConfig | undefined>>()
  private readonly byFile = new Map<string, Promise<ProjectConfig>>()
  private organisationFolders: readonly string[]
  private readonly home: string
  /** Config files found but not read (in a folder others may write to), once each, to show the person. */
  readonly warnings: string[] = []

  constructor(options: ConfigFinderOptions = {}) {
    this.organisationFolders = (options.organisationFolders ?? []).map((folder) => path.resolve(folder))
    this.home = path.resolve(options.home ?? homedir())
  }

  /** Changes the organisation folders (an editor's settings changed); forgets every answer when they differ. */
  setOrganisationFolders(folders: readonly string[]): void {
    const resolved = folders.map((folder) => path.resolve(folder))
    if (resolved.join('\0') === this.organisationFolders.join('\0')) return
    this.organisationFolders = resolved
    this.clear()
  }

  /** The organisation folders in use, absolute. */
  get organisation(): readonly string[] {
    return this.organisationFolders
  }

  /**
   * The configuration for files in `directory` (absolute), or `undefined` when there is none up
   * to the repository's root (or the home folder). Rejects with `ConfigFileError` for a file that cannot be used (including one
   * naming a dictionary outside the project), and with `FileReadError` for one that exists but
   * cannot be read (a named pipe, a device, a loop of links, permission denied).
   */
  find(directory: string): Promise<ProjectConfig | undefined> {
    let found = this.byDirectory.get(directory)
    if (!found) {
      found = this.findIn(directory).then(async (config) => {
        if (config || (await isWalkBoundary(directory, this.home))) return config
        const parent = path.dirname(directory)
        return parent === directory ? undefined : this.find(parent)
      })
      this.byDirectory.set(directory, found)
    }
    return found
  }

  /** A file named on purpose (`--config`); rejects with `FileReadError` when it cannot be read. */
  load(file: string): Promise<ProjectConfig> {
    file = path.resolve(file)
    let loaded = this.byFile.get(file)
    if (!loaded) {
      loaded = readConfigText(file).then(async (text) => this.checked(file, text, parseConfigFile(file, text, {required: true})!))
      this.byFile.set(file, loaded)
    }
    return loaded
  }

  /** Forget every answer: a config file was added, changed or removed. */
  clear(): void {
    this.byDirectory.clear()
    this.byFile.clear()
  }

  private async findIn(directory: string): Promise<ProjectConfig | undefined> {
    const shared = await writableByOthers(directory)
    for (const name of configFileNames) {
      const file = path.join(directory, name)
      if (shared) {
        if (await exists(file)) this.warn(`plainspeak: ignored ${file}: its folder can be changed by anyone, so it may not be yours. Move it into your project, or name it with --config.`)
        continue
      }
      const text = await readIfPresent(file)
      const config = text === undefined ? undefined : parseConfigFile(file, text)
      if (config) return this.checked(file, text!, config)
    }
    return undefined
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message)
  }

  /** Refuses a config whose dictionaries lie outside its folder tree and the organisation folders. */
  private async checked(file: string, text: string, config: ProjectConfig): Promise<ProjectConfig> {
    if (config.dictionaries.length === 0) return config
    const project = path.dirname(config.file)
    const realRoots = await Promise.all([project, ...this.organisationFolders].map(realFolder))
    for (const [index, dictionary] of config.dictionaries.entries()) {
      const lexical = [project, ...this.organisationFolders].some((folder) => isInsideFolder(dictionary, folder))
      const real = await realPathOfNearest(dictionary)
      if (lexical && realRoots.some((folder) => isInsideFolder(real, folder))) continue
      const link = lexical ? `, a symbolic link to ${real},` : ''
      throw dictionaryPathError(
        file,
        text,
        index,
        `\`dictionaries\` names ${dictionary}${link} which is outside this project (the folder of this config file and the folders in it), so Plainspeak will not read it. ` +
          'Move the dictionary into the project, or name its folder as an organisation folder (`--organisation-folder` on the command line, `plainspeak.organisationFolders` in the editor).'
      )
    }
    return config
  }
}

const exists = (file: string) => lstat(file).then(
  () => true,
  () => false
)

/** The walk stops at a repository's root (`.git` is a folder, or a file in a worktree) and at the home folder. */
async function isWalkBoundary(directory: string, home: string): Promise<boolean> {
  return directory === home || (await exists(path.join(directory, '.git')))
}

/** A folder anyone may write to (sticky bit or not: another user may still have placed a file there). */
async function writableByOthers(directory: string): Promise<boolean> {
  try {
    return ((await stat(directory)).mode & 0o002) !== 0
  } catch {
    return false
  }
}

/** The real path of a file, or of its nearest existing folder joined with the rest (for a file not made yet). */
async function realPathOfNearest(file: string): Promise<string> {
  const rest: string[] = []
  let current = file
  for (;;) {
    try {
      return path.join(await realpath(current), ...rest)
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return file
      rest.unshift(path.basename(current))
      current = parent
    }
  }
}

function readConfigText(file: string): Promise<string> {
  return readRegularFile(file, {maxBytes: isPackageJson(file) ? maxPackageJsonBytes : maxConfigBytes}).then(
    (bytes) => bytes.toString('utf8'),
    (error: unknown) => {
      if (error instanceof FileReadError && error.problem === 'too-large') {
        throw new ConfigFileError(path.resolve(file), 1, 1, `${error.message} A config file needs only a few lines: check that this is the right file.`)
      }
      throw error
    }
  )
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readConfigText(file)
  } catch (error) {
    // No file, or a folder with a config file's name: keep looking.
    if (error instanceof FileReadError && (error.problem === 'missing' || error.problem === 'folder')) return undefined
    throw error
  }
}
