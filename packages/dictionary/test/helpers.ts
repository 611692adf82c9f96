import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {compileDictionaries, formatProblem, type CompileOptions, type DictionaryResult} from '../src/index.js'

export const fixturesDirectory = fileURLToPath(new URL('fixtures/', import.meta.url))

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
}

/** Compile fixture files as one layer; problems are reported against their names under fixtures/. */
export function compileFixtures(names: readonly string[], options?: CompileOptions): DictionaryResult {
  return compileDictionaries(
    names.map((name) => ({file: name, text: readFileSync(fixturePath(name), 'utf8')})),
    options
  )
}

/** Problems as the CLI prints them: `file:line:column: severity: message`. */
export function lintFixtures(names: readonly string[], options?: CompileOptions): string[] {
  return compileFixtures(names, options).problems.map(formatProblem)
}

export const goodFixtures = ['good/acronyms.yml', 'good/council.yml', 'good/local.json', 'good/sources.yml', 'good/well-known.yml']
