import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)

// The benchmark harness is run for real by `pnpm bench`; here a tiny run
// proves it still works, so it cannot rot. No timing is asserted.
describe('benchmark harness (smoke)', () => {
  it('measures every tool and surface on a tiny text', async () => {
    const {stdout} = await run(process.execPath, ['test/bench/run.js', '--smoke', '--json'], {cwd: new URL('..', import.meta.url), maxBuffer: 10 * 1024 * 1024})
    const results = JSON.parse(stdout)
    const [speed] = Object.values(results.speed) as Array<Record<string, {medianMs: number; wordsPerSecond: number}>>
    expect(Object.keys(speed!)).toEqual(['plainspeak (markdown)', 'plainspeak (text)', 'alex', 'write-good', 'retext-english parse', 'retext-english parse (by paragraph)', 'naive retext pipeline'])
    for (const figures of Object.values(speed!)) expect(figures.wordsPerSecond).toBeGreaterThan(0)
    expect(Object.keys(results.memory)).toContain('plainspeak (markdown)')
    expect(results.dictionarySize.costOfLargeDictionary).toMatch(/%$/)
    expect(results.incremental.engineOneWordEditMs.medianMs).toBeGreaterThan(0)
    expect(Object.keys(results.surfaces)).toHaveLength(3)
  }, 300_000)
})
