/** `plainspeak dict lint`: the dictionary package's lint with located errors, exit 1 on a broken file. */
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {makeFolder, runCli} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({
    'good.yml': '- term: locality hub\n  alternatives: [local office]\n  kind: jargon\n  source: lga-2009\n',
    'broken.yml': '- term: locality hub\n  alternatives: [local office]\n  kind: jargn\n  source: lga-2009\n- term: ""\n  alternatives: []\n',
    'invalid.yml': '- term: [unclosed\n',
    'acronyms.yml':
      '- acronym: PCN\n  expansions:\n    - {meaning: primary care network, domain: nhs}\n    - penalty charge notice\n  source: compiler\n' +
      '- code: RQX\n  note: Our hospital code.\n- code: RQX\n'
  }))
})
afterAll(() => cleanup())

describe('dict lint', () => {
  it('exits 0 on a good file', async () => {
    const result = await runCli(['dict', 'lint', 'good.yml'], {cwd: dir})
    expect(result).toMatchObject({code: 0, stdout: 'No problems in 1 file.\n'})
  })

  it('exits 1 with file:line:column errors on a broken file', async () => {
    const result = await runCli(['dict', 'lint', 'good.yml', 'broken.yml', 'invalid.yml'], {cwd: dir})
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain('broken.yml:3:9: error: Entry "locality hub" has unknown kind "jargn". Use one of: jargon, wordy-phrase, idiom, inclusive. Did you mean "jargon"?')
    expect(lines.some((line) => /^broken\.yml:5:\d+: error: .*empty/i.test(line))).toBe(true)
    expect(lines.some((line) => /^invalid\.yml:\d+:\d+: error: /.test(line))).toBe(true)
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[\w.]+\.yml:\d+:\d+: (error|warning): /)
    expect(lines.at(-1)).toMatch(/^\d+ errors? .*in 3 files\.$/)
  })

  it('checks acronym domains and codes, at the line', async () => {
    const result = await runCli(['dict', 'lint', 'acronyms.yml'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'acronyms.yml:4:7: error: Acronym "PCN": the meaning "penalty charge notice" has no domain. Write it as {meaning: penalty charge notice, domain: …} with one of: nhs, council, education, justice, public-sector, general; or add "domain:" to the entry for every meaning without one.',
      'acronyms.yml:8:9: error: Duplicate code "RQX" (first listed at acronyms.yml:6:9). Remove one of the two entries.',
      '2 errors in 1 file.'
    ])
  })

  it('a missing file is an error too', async () => {
    const result = await runCli(['dict', 'lint', 'gone.yml'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('gone.yml:1:1: error: File not found.')
  })
})
