/**
 * From a project's config file, and the settings around it, to core's `CheckOptions`. Settings
 * come in three layers, lowest first: `defaults` (an editor's settings), the config file, and
 * `overrides` (command-line flags). A later layer's value wins; `rules` merge rule by rule; the
 * dictionaries of all three stack in that order (built-in → organisation → project → flags).
 */
import type {CheckOptions} from '@plainspeak/core'
import type {Problem} from '@plainspeak/dictionary'
import {realFolder} from '@plainspeak/base/node'
import path from 'node:path'
import {DictionaryLayers, type DictionaryPath} from './dictionary-layers.js'
import type {ConfigOptions, ProjectConfig} from './parse-config-file.js'

/** Settings given alongside a config file. Not validated here: core names a bad one when a checker is created. */
export interface SettingsLayer extends ConfigOptions {
  /** Absolute paths of dictionary files or folders. */
  dictionaries?: readonly string[]
}

export interface CheckOptionsRequest {
  /** The config file that applies, if any. */
  config: ProjectConfig | undefined
  /** Settings the config file overrides (an editor's). */
  defaults?: SettingsLayer
  /** Settings over the config file (command-line flags). */
  overrides?: SettingsLayer
  /**
   * Organisation folders (absolute) named by the person running Plainspeak: the config file's
   * dictionaries are read only inside its own folder tree and these.
   */
  organisationFolders?: readonly string[]
}

export interface ResolvedCheckOptions {
  /** `dictionaries` holds the compiled layers, when there are any. */
  options: CheckOptions
  /** Identifies these options and the compiled dictionaries, to keep one checker per distinct set. */
  key: string
  /** Dictionary problems that left an entry or a file out, with absolute `file`. */
  errors: Problem[]
  /** Dictionary problems that left nothing out, with absolute `file`. */
  warnings: Problem[]
}

const optionKeys = ['audience', 'rules', 'allow', 'acronymScope', 'readingAge', 'docsUrl'] as const satisfies ReadonlyArray<keyof ConfigOptions>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Compiles the dictionaries with `dictionaries` (keep one to re-use compiled layers between calls). */
export async function resolveCheckOptions(request: CheckOptionsRequest, dictionaries = new DictionaryLayers()): Promise<ResolvedCheckOptions> {
  const {config, defaults, overrides} = request
  const options: CheckOptions = {}
  for (const layer of [defaults, config?.options, overrides]) {
    for (const key of optionKeys) {
      const value = layer?.[key]
      if (value === undefined) continue
      ;(options as Record<string, unknown>)[key] = key === 'rules' && isObject(options.rules) && isObject(value) ? {...options.rules, ...value} : value
    }
  }
  // A config file's dictionaries stay inside the project (and organisation folders) even through symbolic links.
  const within = config ? await Promise.all([path.dirname(config.file), ...(request.organisationFolders ?? [])].map(realFolder)) : []
  const fromConfig: DictionaryPath[] = (config?.dictionaries ?? []).map((file) => ({path: file, within}))
  const compiled = await dictionaries.compile([...(defaults?.dictionaries ?? []), ...fromConfig, ...(overrides?.dictionaries ?? [])])
  const key = JSON.stringify({...options, dictionaries: compiled.key})
  if (compiled.layers.length > 0) options.dictionaries = compiled.layers
  return {options, key, errors: compiled.errors, warnings: compiled.warnings}
}
