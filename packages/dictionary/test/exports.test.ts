/** Pins the public API: a change here is a change for core, the CLI and the editors. */
import {expect, it} from 'vitest'

it('exports the browser-safe API from the package root', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'acronymDomains',
    'audiences',
    'compileDictionaries',
    'dictionarySchema',
    'dictionarySchemaFileName',
    'emptyDictionary',
    'excerpt',
    'findAliasBomb',
    'findDeepNesting',
    'formatProblem',
    'formatProblems',
    'frames',
    'hasErrors',
    'keyPathOffset',
    'layerDictionaries',
    'lineAndColumn',
    'listLimits',
    'maxExcerptLength',
    'maxYamlExpandedValues',
    'maxYamlNesting',
    'parseDictionary',
    'severities',
    'summariseProblems',
    'termActions',
    'termKinds',
    'textLimits',
    'webAddress',
    'webAddressProblem'
  ])
})

it('exports the web-address test alone from ./web-address, for surfaces that bundle only their presentation', async () => {
  expect(Object.keys(await import('../src/web-address.js')).sort()).toEqual(['webAddress', 'webAddressProblem'])
})

it('exports file loading and lint from ./node', async () => {
  expect(Object.keys(await import('../src/node.js')).sort()).toEqual([
    'FileReadError',
    'builtinDictionariesDirectory',
    'compileBuiltinDictionaries',
    'compileDictionaryFiles',
    'distDirectory',
    'fileErrorFrom',
    'fileProblemMessage',
    'fileTypeProblem',
    'formatProblem',
    'formatProblems',
    'formatSeconds',
    'formatSize',
    'hasErrors',
    'isInsideFolder',
    'lintDictionaryFiles',
    'lintDictionaryText',
    'loadDictionaryFiles',
    'maxDictionaryFileBytes',
    'readRegularFile',
    'realFolder',
    'replaceFileContents',
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
