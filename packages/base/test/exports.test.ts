/** Pins the public API: every package imports these, so a change here is a change for all of them. */
import {readFile, readdir} from 'node:fs/promises'
import {expect, it} from 'vitest'

it('exports the vocabulary, quoting, units and web addresses from the root', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['audiences', 'excerpt', 'formatSeconds', 'formatSize', 'maxExcerptLength', 'severities', 'webAddress', 'webAddressProblem'])
})

it('exports the YAML guards and key paths from ./yaml', async () => {
  expect(Object.keys(await import('../src/yaml.js')).sort()).toEqual(['findAliasBomb', 'findDeepNesting', 'keyPathOffset', 'lineAndColumn', 'maxYamlExpandedValues', 'maxYamlNesting', 'walkKeyPath'])
})

it('exports safe file reading from ./node', async () => {
  expect(Object.keys(await import('../src/node.js')).sort()).toEqual(['FileReadError', 'fileErrorFrom', 'fileProblemMessage', 'fileTypeProblem', 'isInsideFolder', 'readRegularFile', 'realFolder', 'replaceFileContents'])
})

it('keeps node built-ins out of the browser-safe modules, and the YAML parser out of the root', async () => {
  const directory = new URL('../src/lib/', import.meta.url)
  for (const name of await readdir(directory)) {
    const text = await readFile(new URL(name, directory), 'utf8')
    expect(text, name).not.toMatch(/from 'node:|require\(/)
  }
  const root = ['vocabulary.ts', 'excerpt.ts', 'units.ts', 'web-address.ts']
  for (const name of root) expect(await readFile(new URL(name, directory), 'utf8'), name).not.toMatch(/from 'yaml'/)
})
