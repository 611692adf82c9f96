/**
 * Each file's options: the nearest config file (or `--config`), read by `@plainspeak/config`,
 * with `--audience`, `--rule` and `--dictionary` on top. A bad config or dictionary file stops
 * the run with a `UsageError` naming the file as the person typed it, relative to the working
 * folder.
 */
import path from 'node:path'
import {PlainspeakOptionError, resolveOptions, type CheckOptions} from '@plainspeak/core'
import {ConfigFileError, ConfigFinder, DictionaryLayers, displayPath, resolveCheckOptions, type ProjectConfig} from '@plainspeak/config'
import {formatProblem} from '@plainspeak/dictionary'
import {FileReadError} from '@plainspeak/base/node'
import {UsageError} from './errors.js'

/** Settings from the command line, applied over every config file. */
export interface Overrides {
  audience?: string
  rules?: Record<string, string>
  /** `--dictionary` paths, relative to the working folder. */
  dictionaries?: string[]
  /** `--organisation-folder` paths: config files may name dictionaries in them too. */
  organisationFolders?: string[]
  /** `--suggestions`: the suggestions tier too, each marked as one. */
  suggestions?: boolean
}

/** What one file is checked with. */
export interface ResolvedConfig {
  /** The config file used, or `undefined` when none was found. */
  file: string | undefined
  /** Identifies these options, so worker threads build one checker per config, not per file. */
  key: string
  options: CheckOptions
}

const readErrors: Record<string, string> = {ENOENT: 'File not found.', EACCES: 'Permission denied.'}

export class ConfigResolver {
  private readonly finder: ConfigFinder
  private readonly organisationFolders: string[]
  private readonly dictionaries = new DictionaryLayers()
  /** Config files and dictionaries the run reads, so no report is written over one. */
  readonly inputs = new Map<string, string>()
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>()
  /** Dictionary warnings, printed once each on stderr; they do not stop the run. */
  readonly warnings: string[] = []

  constructor(
    private readonly cwd: string,
    private readonly overrides: Overrides = {},
    private readonly explicitConfig?: string
  ) {
    validateOverrides(overrides)
    this.organisationFolders = (overrides.organisationFolders ?? []).map((folder) => path.resolve(cwd, folder))
    this.finder = new ConfigFinder({organisationFolders: this.organisationFolders})
  }

  /** The options for a file in `directory`. Throws `UsageError` for a bad config file. */
  async forDirectory(directory: string): Promise<ResolvedConfig> {
    const found = await this.configFile(directory)
    const key = found?.file ?? ''
    let resolved = this.resolved.get(key)
    if (!resolved) {
      resolved = this.resolve(found)
      this.resolved.set(key, resolved)
    }
    return resolved
  }

  private async configFile(directory: string): Promise<ProjectConfig | undefined> {
    try {
      return await (this.explicitConfig ? this.finder.load(path.resolve(this.cwd, this.explicitConfig)) : this.finder.find(directory))
    } catch (error) {
      throw this.configError(error)
    } finally {
      for (const line of this.finder.warnings) if (!this.warnings.includes(line)) this.warnings.push(line)
    }
  }

  /** A config file that cannot be used, as a `UsageError` naming it. */
  private configError(error: unknown): unknown {
    if (error instanceof ConfigFileError) {
      // Every mistake in the file, one line each, so all are fixed in one go.
      const lines = error.mistakes.map((mistake) => `${this.show(error.file)}:${mistake.line}:${mistake.column}: ${mistake.message}`)
      const count = error.mistakes.length > 1 ? `\nFix these ${error.mistakes.length} mistakes in ${this.show(error.file)} and run again.` : ''
      return new UsageError(lines.join('\nplainspeak: ') + count)
    }
    if (error instanceof FileReadError) return new UsageError(`Cannot read the config file ${this.show(error.file)}: ${error.message}`)
    const {code, path: file} = error as NodeJS.ErrnoException
    if (code && file) return new UsageError(`Cannot read the config file ${this.show(file)}: ${readErrors[code] ?? (error as Error).message}`)
    return error
  }

  private async resolve(config: ProjectConfig | undefined): Promise<ResolvedConfig> {
    const {audience, rules, dictionaries = []} = this.overrides
    const flagged = dictionaries.map((file) => path.resolve(this.cwd, file))
    if (config) this.inputs.set(config.file, 'the config file')
    for (const file of [...(config?.dictionaries ?? []), ...flagged]) this.inputs.set(file, 'a dictionary')
    const resolved = await resolveCheckOptions(
      {
        config,
        overrides: {
          audience: audience as CheckOptions['audience'],
          rules: rules as CheckOptions['rules'],
          dictionaries: flagged
        },
        organisationFolders: this.organisationFolders
      },
      this.dictionaries
    )
    const shown = (problems: typeof resolved.errors) => problems.map((problem) => formatProblem({...problem, file: this.show(problem.file)}))
    for (const line of shown(resolved.warnings)) if (!this.warnings.includes(line)) this.warnings.push(line)
    if (resolved.errors.length > 0) {
      const from = config ? ` named in ${this.show(config.file)}` : ''
      throw new UsageError(`${shown(resolved.errors).join('\n')}\nFix the dictionary files${from} and run again (\`plainspeak dict lint FILE\` checks one).`)
    }
    const options = this.overrides.suggestions ? {...resolved.options, suggestions: true} : resolved.options
    return {file: config?.file, key: config?.file ?? '(no config file)', options}
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
