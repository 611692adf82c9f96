/**
 * Finds the config file that applies to a folder: the nearest one walking up (configs are not
 * merged). Each folder's answer is kept until `clear()`, so a batch of files or an editor's
 * checks read each file once.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {configFileNames} from './names.js'
import {parseConfigFile, type ProjectConfig} from './parse-config-file.js'

export class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<ProjectConfig | undefined>>()
  private readonly byFile = new Map<string, Promise<ProjectConfig>>()

  /**
   * The configuration for files in `directory` (absolute), or `undefined` when there is none up
   * to the root. Rejects with `ConfigFileError` for a file that cannot be used, and with the file
   * system's error for one that exists but cannot be read.
   */
  find(directory: string): Promise<ProjectConfig | undefined> {
    let found = this.byDirectory.get(directory)
    if (!found) {
      found = this.findIn(directory).then((config) => {
        if (config) return config
        const parent = path.dirname(directory)
        return parent === directory ? undefined : this.find(parent)
      })
      this.byDirectory.set(directory, found)
    }
    return found
  }

  /** A file named on purpose (`--config`); rejects with the file system's error when it cannot be read. */
  load(file: string): Promise<ProjectConfig> {
    file = path.resolve(file)
    let loaded = this.byFile.get(file)
    if (!loaded) {
      loaded = readFile(file, 'utf8').then((text) => parseConfigFile(file, text, {required: true})!)
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
    for (const name of configFileNames) {
      const file = path.join(directory, name)
      const text = await readIfPresent(file)
      const config = text === undefined ? undefined : parseConfigFile(file, text)
      if (config) return config
    }
    return undefined
  }
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    throw error
  }
}
