/** Pins the public API: a change here is a change for core, the CLI and the editors. */
import {expect, it} from 'vitest'

it('exports the browser-safe API from the package root', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'acronymDomains',
    'compileDictionaries',
    'dictionarySchema',
    'dictionarySchemaFileName',
    'emptyDictionary',
    'formatProblem',
    'formatProblems',
    'frames',
    'hasErrors',
    'layerDictionaries',
    'listLimits',
    'parseDictionary',
    'summariseProblems',
    'termActions',
    'termKinds',
    'textLimits'
  ])
})

it('exports file loading and lint from ./node', async () => {
  expect(Object.keys(await import('../src/node.js')).sort()).toEqual([
    'builtinDictionariesDirectory',
    'compileBuiltinDictionaries',
    'compileDictionaryFiles',
    'distDirectory',
    'formatProblem',
    'formatProblems',
    'hasErrors',
    'lintDictionaryFiles',
    'lintDictionaryText',
    'loadDictionaryFiles',
    'maxDictionaryFileBytes',
    'retextSimplifyPatterns',
    'summariseProblems'
  ])
})

it('keeps node built-ins out of the browser-safe modules', async () => {
  const {readFile, readdir} = await import('node:fs/promises')
  const directory = new URL('../src/lib/', import.meta.url)
  for (const name of await readdir(directory)) {
    const text = await readFile(new URL(name, directory), 'utf8')
    expect(text, name).not.toMatch(/from 'node:|require\(/)
  }
})
