/**
 * Privacy: the CLI sends no text anywhere. Every command runs with a preload that makes any
 * network connection, DNS look-up or fetch fail loudly, in the main thread and in the worker
 * threads; the runs must succeed and report no attempt.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {fixtures, makeFolder, runCli, samples} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  const files: Record<string, string> = {}
  for (let index = 0; index < 4; index++) files[`paper-${index}.md`] = samples.acronym
  ;({dir, cleanup} = await makeFolder(files))
})
afterAll(() => cleanup())

const guard = {NODE_OPTIONS: `--require ${path.join(fixtures, 'no-network.cjs')}`}

describe('no network', () => {
  it.each(['stylish', 'json', 'sarif', 'github', 'html'])('check --format %s on worker threads', async (format) => {
    const result = await runCli(['check', '--jobs', '2', '-f', format], {cwd: dir, env: guard})
    expect(result.code).toBe(0)
    // The guard is loaded in the main thread and in both workers.
    expect(result.stderr.match(/no-network guard loaded/g)).toHaveLength(3)
    expect(result.stderr).not.toContain('NETWORK ATTEMPT')
  })

  it('glossary, stats and dict lint', async () => {
    for (const args of [['glossary', 'paper-0.md'], ['stats', 'paper-0.md'], ['dict', 'lint']]) {
      const result = await runCli(args, {cwd: dir, env: guard})
      expect(result.stderr, args.join(' ')).toContain('no-network guard loaded')
      expect(result.stderr, args.join(' ')).not.toContain('NETWORK ATTEMPT')
    }
  })

  it('review and review import', async () => {
    const answers = {
      format: 'plainspeak-review-answers',
      version: 1,
      sheet: {id: '5eed5eed', title: 'Paper', created: '2026-12-04'},
      response: 'a1b2c3d4',
      saved: '2026-12-04T10:00:00.000Z',
      answers: [{id: 'term:signpost', kind: 'term', subject: 'signpost', understood: 'no', words: 'tell you about'}]
    }
    await writeFile(path.join(dir, 'answers.json'), JSON.stringify(answers))
    for (const args of [['review', 'paper-0.md', '--output', 'sheet.html'], ['review', 'import', 'answers.json', '--dictionary', 'words.yml', '--write']]) {
      const result = await runCli(args, {cwd: dir, env: guard})
      expect(result.code, args.join(' ') + result.stderr).toBe(0)
      expect(result.stderr, args.join(' ')).toContain('no-network guard loaded')
      expect(result.stderr, args.join(' ')).not.toContain('NETWORK ATTEMPT')
    }
  })

  it('the guard works: a fetch from the CLI process would be caught', async () => {
    const {spawnSync} = await import('node:child_process')
    const probe = spawnSync(process.execPath, ['-e', 'fetch("http://127.0.0.1:9").catch(() => {})'], {env: {...process.env, ...guard}, encoding: 'utf8'})
    expect(probe.stderr).toContain('NETWORK ATTEMPT: fetch')
  })
})
