/** The Node-only API the CLI uses for `plainspeak dict lint`. */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinDictionariesDirectory, formatProblems, lintDictionaryFiles, loadDictionaryFiles} from '../src/node.js'
import {fixturePath} from './helpers.js'

const relative = (name: string) => path.relative(process.cwd(), fixturePath(name))

describe('loadDictionaryFiles', () => {
  it('reads a folder’s .yml, .yaml and .json files in name order, once each', async () => {
    const {files, problems} = await loadDictionaryFiles([relative('good'), relative('good/council.yml')])
    expect(problems).toEqual([])
    expect(files.map((file) => path.basename(file.file))).toEqual(['acronyms.yml', 'council.yml', 'local.json', 'sources.yml', 'well-known.yml'])
  })

  it('turns a missing file into a located problem', async () => {
    const missing = relative('missing.yml')
    expect(await loadDictionaryFiles([missing])).toEqual({
      files: [],
      problems: [{file: missing, line: 1, column: 1, severity: 'error', message: 'File not found. Check the path and the spelling of the file name.'}]
    })
  })

  it('names built-in files dictionaries/<name> wherever it runs', async () => {
    expect(path.basename(builtinDictionariesDirectory)).toBe('dictionaries')
    const {problems} = await loadDictionaryFiles([path.join(builtinDictionariesDirectory, 'no-such-file.yml')])
    expect(problems[0]?.file).toBe(path.join('dictionaries', 'no-such-file.yml'))
  })
})

describe('lintDictionaryFiles', () => {
  it('returns problems, an exit code and a summary line', async () => {
    const result = await lintDictionaryFiles([relative('invalid/across')], {base: null})
    expect(result.exitCode).toBe(1)
    expect(result.summary).toBe('1 error in 2 files.')
    expect(formatProblems(result.problems)).toMatch(/across[\\/]nhs\.yml:6:9: error: Duplicate term "signpost" \(first defined at .*across[\\/]council\.yml:1:9\)/)
  })

  it('exits 0 when there are only warnings', async () => {
    const result = await lintDictionaryFiles([relative('invalid/no-alternatives-no-note.yml')], {base: null})
    expect(result.exitCode).toBe(0)
    expect(result.summary).toBe('1 warning in 1 file.')
  })

  it('layers files on a given base: switch-offs are checked against it', async () => {
    const base = (await lintDictionaryFiles([relative('good')], {base: null})).dictionary
    const result = await lintDictionaryFiles([relative('layers/switch-off-nothing.yml')], {base})
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'Entry "synergy" switches off a term that no lower dictionary has, so it does nothing. Check the spelling against the built-in term.',
      'Entry "signposting" switches off a form of the term "signpost", which does nothing on its own. Write "term: signpost" to switch that entry off.'
    ])
  })
})
