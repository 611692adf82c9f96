/** What a project's configuration file is called and which keys it may set (see DESIGN.md, Configuration). */
import path from 'node:path'

/** Looked for in this order in each folder; a `package.json` counts only when it has a `plainspeak` key. */
export const configFileNames = ['.plainspeakrc.json', '.plainspeakrc.yaml', '.plainspeakrc.yml', 'package.json'] as const

/** The key that holds the settings in a `package.json`. */
export const packageJsonKey = 'plainspeak'

/** The keys a config file may set. */
export const configKeys = ['audience', 'rules', 'dictionaries', 'allow', 'acronymScope', 'readingAge', 'docsUrl'] as const

export type ConfigKey = (typeof configKeys)[number]

/** Whether a path has a config file's name: a change to it means reading configuration again. */
export function isConfigFile(file: string): boolean {
  return (configFileNames as readonly string[]).includes(path.basename(file))
}

export const isPackageJson = (file: string) => path.basename(file) === 'package.json'
