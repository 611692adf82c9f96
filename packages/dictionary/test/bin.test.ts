/**
 * The `plainspeak-dict` command run as a child process, as CI and people run it. Needs the
 * package built (`pnpm --filter @plainspeak/dictionary build`).
 */
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CompiledDictionary} from '../src/index.js'
import {fixturePath} from './helpers.js'

const packageDirectory = fileURLToPath(new URL('..', import.meta.url))
const bin = path.join(packageDirectory, 'dist/bin.js')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd: packageDirectory}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'plainspeak-dict-'))
})
afterAll(async () => {
  await rm(scratch, {recursive: true, force: true})
})

// `--standalone` keeps these tests independent of the real data in dictionaries/: without it,
// files are checked layered on the built-in dictionaries (tested with fixtures in layers.test.ts).
describe('plainspeak-dict lint', () => {
  it('exits 1 with located errors on a broken file', async () => {
    const result = await run('lint', '--standalone', 'test/fixtures/invalid/duplicate-term.yml')
    expect(result).toEqual({
      code: 1,
      stdout:
        'test/fixtures/invalid/duplicate-term.yml:6:9: error: Duplicate term "Signpost" (first defined at test/fixtures/invalid/duplicate-term.yml:1:9). Remove one of the two entries or merge them.\n' +
        '1 error in 1 file.\n',
      stderr: ''
    })
  })

  it('exits 0 on a good folder of YAML and JSON files', async () => {
    expect(await run('lint', '--standalone', 'test/fixtures/good')).toEqual({code: 0, stdout: 'No problems in 5 files.\n', stderr: ''})
  })

  it('exits 0 when there are only warnings, and prints them', async () => {
    const result = await run('lint', '--standalone', 'test/fixtures/invalid/no-alternatives-no-note.yml')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('test/fixtures/invalid/no-alternatives-no-note.yml:2:17: warning: Entry "stakeholders" has no alternatives and no note.')
    expect(result.stdout.endsWith('1 warning in 1 file.\n')).toBe(true)
  })

  it('reports a missing file as a located error, not a crash', async () => {
    expect(await run('lint', '--standalone', 'test/fixtures/no-such-file.yml')).toEqual({
      code: 1,
      stdout: 'test/fixtures/no-such-file.yml:1:1: error: File not found. Check the path and the spelling of the file name.\n1 error.\n',
      stderr: ''
    })
  })
})

describe('plainspeak-dict compile', () => {
  it('compiles a folder into builtin.js, builtin.d.ts and the schema', async () => {
    const out = path.join(scratch, 'compiled')
    const result = await run('compile', '--dir', fixturePath('good'), '--out', out)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Compiled 5 terms and 4 acronyms from 5 files into .*builtin\.js\.\n$/)
    const builtin = (await import(pathToFileURL(path.join(out, 'builtin.js')).href)) as {default: CompiledDictionary}
    expect(builtin.default.terms.map((entry) => entry.term)).toEqual(['signpost', 'going forward', 'utilise', 'stakeholders', 'hard to reach'])
    expect(builtin.default.wellKnown.staff).toEqual(['NHS', 'A&E', 'JSNA', 'DNA'])
    expect(builtin.default.terms[0]?.origin?.file).toMatch(/good[\\/]council\.yml$/)
    expect(await readFile(path.join(out, 'builtin.d.ts'), 'utf8')).toContain('declare const dictionary: CompiledDictionary')
    expect(JSON.parse(await readFile(path.join(out, 'plainspeak-dictionary.schema.json'), 'utf8'))).toHaveProperty('definitions.termEntry')
  })

  it('fails with located errors and writes no data when the data has errors', async () => {
    const out = path.join(scratch, 'broken')
    const result = await run('compile', '--dir', fixturePath('invalid/across'), '--out', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/across[\\/]nhs\.yml:6:9: error: Duplicate term "signpost"/)
    expect(result.stderr).toContain('1 error in 2 files. Fix the errors above; nothing was written.')
    await expect(readFile(path.join(out, 'builtin.js'), 'utf8')).rejects.toThrow()
  })

  it('writes an empty dictionary while there are no data files yet', async () => {
    const out = path.join(scratch, 'empty')
    const result = await run('compile', '--dir', path.join(scratch, 'no-dictionaries-yet'), '--out', out)
    expect(result.code).toBe(0)
    const builtin = (await import(pathToFileURL(path.join(out, 'builtin.js')).href)) as {default: CompiledDictionary}
    expect(builtin.default).toEqual({terms: [], acronyms: [], codes: [], wellKnown: {public: [], board: [], staff: [], patient: []}, sources: {}, simplerWords: []})
  })
})

describe('plainspeak-dict table and check-generated', () => {
  it('finds a stale table, regenerates it, then finds it up to date', async () => {
    const dir = path.join(scratch, 'dictionaries')
    await cp(fixturePath('good'), dir, {recursive: true})
    const readme = '# Dictionaries\n\nHow to edit.\n\n<!-- generated:table:start -->\n<!-- generated:table:end -->\n'
    await writeFile(path.join(dir, 'README.md'), readme)

    const stale = await run('check-generated', '--dir', dir)
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/README\.md: the table of entries is stale: it does not match the dictionary files\. Run `pnpm --filter @plainspeak\/dictionary run table` and commit the result\.\n$/)

    expect((await run('table', '--dir', dir)).code).toBe(0)
    const updated = await readFile(path.join(dir, 'README.md'), 'utf8')
    expect(updated.startsWith('# Dictionaries\n\nHow to edit.\n\n<!-- generated:table:start -->\n\n<!-- Generated from the YAML files')).toBe(true)
    expect(updated).toContain('| signpost | direct, refer, point to | all | default | jargon | lga-2009 |')
    expect(updated.endsWith('<!-- generated:table:end -->\n')).toBe(true)

    const fresh = await run('check-generated', '--dir', dir)
    expect(fresh.code).toBe(0)
    expect(fresh.stdout).toMatch(/README\.md is up to date\.\n$/)
  })

  it('explains a README without markers', async () => {
    const dir = path.join(scratch, 'no-markers')
    await cp(fixturePath('good'), dir, {recursive: true})
    await writeFile(path.join(dir, 'README.md'), '# Dictionaries\n')
    const result = await run('check-generated', '--dir', dir)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/README\.md: it has no generated table section\. Add a line "<!-- generated:table:start -->"/)
  })
})

describe('plainspeak-dict usage', () => {
  it('exits 2 with the list of commands on an unknown command', async () => {
    const result = await run('lnit')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unknown command "lnit".')
    expect(result.stderr).toContain('check-generated')
  })
})
