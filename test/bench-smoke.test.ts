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
    expect(Object.keys(results.surfaces)).toHaveLength(5)
    const memory = results.surfaces['CLI: one big file, peak memory'] as Record<string, {peakRssMb: number; bytes: number}>
    expect(Object.keys(memory)).toEqual(['0.05 MB of Markdown prose', '0.05 MB of findings-dense Markdown', 'Markdown table of 200 rows'])
    for (const figure of Object.values(memory)) expect(figure.peakRssMb).toBeGreaterThan(0)
    expect(results.surfaces['engine in headless Chromium (Word add-in runtime): 20,000 words'].engineBundleKb).toBeGreaterThan(100)
    // Every target of issue 17 the run measured is listed with its figure.
    const {targets} = await import('./bench/summary.js')
    const rows = targets(results) as Array<{what: string; figure: string}>
    expect(rows.map((row) => row.what)).toEqual(expect.arrayContaining([expect.stringMatching(/alex's time/), expect.stringMatching(/bare retext-english parse/), expect.stringMatching(/CLI peak RSS, Markdown table/)]))
  }, 300_000)
})
