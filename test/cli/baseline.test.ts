/**
 * Baselines: --write-baseline accepts today's findings; --baseline then reports only new ones,
 * matched by rule, text and surrounding words (not line numbers), counting duplicates.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {compact, makeFolder, parseJsonReport, runCli} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const paragraph = 'Start here. We will signpost you today. Then stop.'
const only = ['--rule', 'readability=off', '--rule', 'sentence-length=off', '-f', 'json']

describe('baseline', () => {
  it('round trip: write, re-run clean, then only a new finding is reported', async () => {
    const made = await makeFolder({'docs/paper.md': `# Paper\n\n${paragraph}\n\nThe JSNA is out.\n`})
    cleanups.push(made.cleanup)
    const {dir} = made

    const written = await runCli(['check', 'docs', '--write-baseline', 'plainspeak-baseline.json', ...only], {cwd: dir})
    expect(written.code).toBe(0)
    expect(parseJsonReport(written.stdout)[0]!.messages).toEqual([])
    expect(written.stderr).toBe('Wrote 2 findings to the baseline plainspeak-baseline.json.\n')
    const baseline = JSON.parse(await readFile(path.join(dir, 'plainspeak-baseline.json'), 'utf8'))
    expect(baseline).toEqual({
      version: 1,
      findings: [
        {path: 'docs/paper.md', ruleId: 'acronym-undefined', actual: 'JSNA', before: 'The', after: 'is out.', count: 1},
        {path: 'docs/paper.md', ruleId: 'jargon', actual: 'signpost', before: 'here. We will', after: 'you today. Then', count: 1}
      ]
    })

    const clean = await runCli(['check', 'docs', '--baseline', 'plainspeak-baseline.json', ...only], {cwd: dir})
    expect(clean.code).toBe(0)
    expect(parseJsonReport(clean.stdout)[0]!.messages).toEqual([])

    // New lines above move every finding down; the same paragraph again is one more finding; so is "leverage".
    await writeFile(path.join(dir, 'docs/paper.md'), `# Paper\n\nA new opening line.\n\n${paragraph}\n\nThe JSNA is out.\n\n${paragraph}\n\nWe will leverage it.\n`)
    const next = await runCli(['check', 'docs', '--baseline', 'plainspeak-baseline.json', '--rule', 'jargon=error', ...only], {cwd: dir})
    expect(next.code).toBe(1)
    expect(compact(parseJsonReport(next.stdout))).toEqual(['docs/paper.md 9:21 jargon signpost', 'docs/paper.md 11:9 jargon leverage'])

    // From another folder the baseline still matches: its paths are relative to the baseline file.
    const fromDocs = await runCli(['check', 'paper.md', '--baseline', '../plainspeak-baseline.json', ...only], {cwd: path.join(dir, 'docs')})
    expect(compact(parseJsonReport(fromDocs.stdout))).toEqual(['paper.md 9:21 jargon signpost', 'paper.md 11:9 jargon leverage'])
  })

  it('the human report says how many findings the baseline accepted', async () => {
    const made = await makeFolder({'a.txt': 'We will signpost you.\n'})
    cleanups.push(made.cleanup)
    await runCli(['check', 'a.txt', '--write-baseline', 'b.json'], {cwd: made.dir})
    const result = await runCli(['check', 'a.txt', '--baseline', 'b.json'], {cwd: made.dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 finding accepted by the baseline not shown.')
  })

  it('a baseline that is not one is a usage error', async () => {
    const made = await makeFolder({'a.txt': 'Hello.\n', 'b.json': '{"version": 2}'})
    cleanups.push(made.cleanup)
    const result = await runCli(['check', 'a.txt', '--baseline', 'b.json'], {cwd: made.dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/The baseline file .*b\.json is not a Plainspeak baseline \(version 1\)\. Write it again with --write-baseline\./)
  })
})
