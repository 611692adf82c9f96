/**
 * Attacks 7 and 9: dictionary data that matches everything or hides from the matcher, and YAML
 * built to exhaust the parser. `dict lint` refuses a term that is not words; a zero-width space
 * or soft hyphen inside a word no longer hides it; an alias bomb is refused at its line.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {yamlAliasBomb} from './attacks.js'
import {expectContained, project, runCli, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

const entry = (term: string) => `- term: "${term}"\n  kind: jargon\n  source: govuk-writing\n  alternatives: [one]\n`

describe('terms that are not words', () => {
  it('dict lint refuses "(a+)+$" and a term with no letters; check refuses to use them', async () => {
    made = await project({'words.yml': entry('(a+)+$') + entry('!!!'), 'paper.md': 'I saw a cat and a dog.\n'})
    const lint = await runCli(['dict', 'lint', 'words.yml'], {cwd: made.dir})
    expect(lint.code).toBe(1)
    expect(lint.stdout).toBe(
      'words.yml:1:9: error: Entry "(a+)+$": its term has characters that are not part of words ("(", "+", ")", "$"), which matching ignores. Terms are matched word by word: write the words only, such as "signpost" or "going forward".\n' +
        'words.yml:5:9: error: Entry "!!!": its term has no letters. Terms are matched word by word: write the words only, such as "signpost" or "going forward".\n' +
        '2 errors in 1 file.\n'
    )
    expectContained(lint)
    const check = await runCli(['check', 'paper.md', '-d', 'words.yml'], {cwd: made.dir})
    expect(check.code).toBe(2)
    expect(check.stdout).toBe('')
    expectContained(check)
  })
})

describe('invisible characters inside words', () => {
  it('finds jargon with a zero-width space, joiner or soft hyphen inside, at its exact place', async () => {
    const text = 'Our stake\u200Bholders agreed. We will sign\u00ADpost residents and lever\u200Dage funding.\n'
    made = await project({'paper.md': text})
    // Every finding, suggestions too: this is about matching, not about the default view.
    const run = await runCli(['check', 'paper.md', '-f', 'json', '--rule', 'readability=off', '--suggestions'], {cwd: made.dir})
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; actual: string; offset: number; endOffset: number}>}>
    const jargon = file!.messages.filter((message) => message.ruleId === 'jargon')
    expect(jargon.map((message) => message.actual)).toEqual(['stake\u200Bholders', 'sign\u00ADpost', 'lever\u200Dage'])
    for (const message of jargon) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    expectContained(run)
  })
})

describe('YAML built to exhaust the parser', () => {
  it('an alias bomb is refused at the alias, quickly, not at 1:1', async () => {
    made = await project({'words.yml': yamlAliasBomb()})
    const run = await runCli(['dict', 'lint', 'words.yml'], {cwd: made.dir})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^words\.yml:(\d+):(\d+): error: The alias \*a8 here stands for [\d,]+ values: aliases that repeat other aliases multiply/)
    expect(run.stdout).not.toMatch(/^words\.yml:1:1:/)
    expect(run.seconds).toBeLessThan(20)
    expectContained(run)
  })

  it('the same bomb named in config stops the run with the located message', async () => {
    made = await project({'words.yml': yamlAliasBomb(), 'paper.md': 'We will signpost you.\n', '.plainspeakrc.yml': 'dictionaries: [words.yml]\n'})
    const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: words\.yml:\d+:\d+: error: The alias \*a8 here stands for/)
    expectContained(run)
  })

  it('lists nested 1,500 levels deep and 200,000 brackets are refused at their line, not with a crash', async () => {
    made = await project({})
    await writeFile(path.join(made.dir, 'deep.yml'), Array.from({length: 1500}, (_, depth) => ' '.repeat(depth) + '- x').join('\n'))
    await writeFile(path.join(made.dir, 'brackets.yml'), '- term: ' + '['.repeat(200_000))
    const run = await runCli(['dict', 'lint', 'deep.yml', 'brackets.yml'], {cwd: made.dir})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('deep.yml:192:194: error: This line is indented or nested more than 64 levels deep.')
    expect(run.stdout).toContain('brackets.yml:1:73: error: Brackets are nested more than 64 levels deep here.')
    expectContained(run)
  })
})
