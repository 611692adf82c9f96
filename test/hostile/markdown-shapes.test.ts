/**
 * Attack 4: Markdown shapes that are quadratic in the parser used to take minutes (or never end)
 * and, with no per-file limit, lost every other file's results. Each shape now finishes in
 * seconds with its words still checked; and any file that still passes the time or memory
 * budget is reported by name while the other files' results arrive.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {htmlShapes, markdownShapes} from './attacks.js'
import {expectContained, paper, project, runCli, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project
beforeAll(async () => {
  made = await project({'good.md': paper})
})
afterAll(() => made.cleanup())

const shapes: Record<string, () => string> = {
  'brackets.md': () => markdownShapes.brackets(50_000),
  'footnotes.md': () => '[^1]: A note.\n\n' + markdownShapes.footnoteCalls(20_000),
  'closers.md': () => 'x]'.repeat(40_000) + '\n',
  'lists.md': () => markdownShapes.nestedLists(1000),
  'lists-one-line.md': () => markdownShapes.nestedListsOneLine(5000),
  'quotes.md': () => markdownShapes.nestedQuotesLines(1500),
  'emphasis.md': () => '*a '.repeat(10_000) + 'b_ '.repeat(10_000) + '\n',
  'backticks.md': () => Array.from({length: 1000}, (_, index) => '`'.repeat(index + 1)).join(' x ') + '\n',
  'comments.md': () => 'We will signpost residents. ' + '<!--'.repeat(20_000) + '\n',
  'instructions.md': () => 'We will signpost residents. ' + '<?'.repeat(20_000) + '\n',
  'divs.html': () => htmlShapes.nestedDivs(50_000),
  'tables.html': () => htmlShapes.nestedTables(10_000)
}

describe('Markdown and HTML shapes that are quadratic in parsers', () => {
  it.each(Object.keys(shapes))('%s finishes in seconds, its words still checked, and the other file reported', async (name) => {
    const text = shapes[name]!()
    await writeFile(path.join(made.dir, name), text)
    const run = await runCli(['check', name, 'good.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{actual: string; offset: number; endOffset: number}>}>
    expect(report.map((file) => file.path)).toEqual([name, 'good.md'])
    for (const message of report[0]!.messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    if (text.includes('signpost')) expect(report[0]!.messages.map((message) => message.actual)).toContain('signpost')
    expect(run.seconds).toBeLessThan(30)
    expectContained(run)
  })
})

describe('the per-file budget', () => {
  const varied = () => {
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
    // Varied sentences with many findings: nothing repeats, so nothing is cached, and every finding takes memory.
    const words = ['the', 'council', 'will', 'review', 'housing', 'services', 'for', 'residents', 'in', 'each', 'ward', 'and', 'report', 'to', 'cabinet', 'budget', 'care', 'plan', 'signpost', 'JSNA', 'stakeholders', 'going', 'forward']
    let text = ''
    while (text.length < 4_000_000) text += Array.from({length: 5}, () => Array.from({length: 8 + (next() % 20)}, () => words[next() % words.length]).join(' ') + '.').join(' ') + '\n\n'
    return text
  }

  it('a file over the time limit is named with what to do; the other file’s results still arrive', async () => {
    await writeFile(path.join(made.dir, 'slow.md'), varied())
    const run = await runCli(['check', 'slow.md', 'good.md', '-f', 'json', '--timeout', '2', '--jobs', '2'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('plainspeak: cannot check slow.md: Checking this file took longer than 2 s, the limit for one file. Split it into smaller files, or raise the limit with --timeout.\n')
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['good.md'])
    expectContained(run)
  })

  it('a file over the memory limit is named with what to do, also for glossary and stats', async () => {
    await writeFile(path.join(made.dir, 'big.md'), varied())
    const run = await runCli(['check', 'big.md', 'good.md', '-f', 'json', '--max-memory', '64'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('plainspeak: cannot check big.md: Checking this file needed more than 64 MB of memory, the limit for one file. Split it into smaller files, or raise the limit with --max-memory.\n')
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['good.md'])
    expectContained(run)
    for (const command of ['glossary', 'stats']) {
      const single = await runCli([command, 'big.md', '--max-memory', '64'], {cwd: made.dir})
      expect(single.code).toBe(2)
      expect(single.stderr).toContain('plainspeak: cannot check big.md: Checking this file needed more than 64 MB of memory')
      expectContained(single)
    }
  })
})
