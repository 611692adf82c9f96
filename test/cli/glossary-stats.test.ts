/** `plainspeak glossary` and `plainspeak stats` on the sample board paper and small texts. */
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {makeFolder, parseJsonReport, repoRoot, runCli} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({
    'meanings.md': '# Parking\n\nThe PCN was sent to the ICB. Ask the QQXZ team.\n\nIntegrated care boards (ICBs) plan services.\n'
  }))
})
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  await cleanup()
  for (const remove of cleanups) await remove()
})

describe('glossary', () => {
  it('is a Markdown table of the acronyms the board paper uses, meanings from the text or the dictionary', async () => {
    const result = await runCli(['glossary', 'examples/board-paper.md', '--audience', 'board'], {cwd: repoRoot})
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.slice(0, 2)).toEqual(['| Acronym | Meaning |', '| --- | --- |'])
    expect(lines).toContain('| JSNA | Joint Strategic Needs Assessment |') // from the text
    expect(lines).toContain('| S151 | Section 151 |') // from the dictionary
    expect(lines).toContain('| EqIA | Equality Impact Assessment |')
    // Sorted by acronym, one row each.
    const acronyms = lines.slice(2).map((line) => line.split(' | ')[0]!.slice(2))
    expect(acronyms).toEqual([...new Set(acronyms)].sort((a, b) => a.localeCompare(b)))
  })

  it('lists every meaning the dictionary knows, uses the singular, and leaves unknown acronyms out, naming them on stderr', async () => {
    const result = await runCli(['glossary', 'meanings.md'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      '| Acronym | Meaning |\n| --- | --- |\n' +
        '| ICB | Integrated care board |\n' +
        '| PCN | One of: Primary care network; Penalty charge notice |\n'
    )
    expect(result.stderr).toBe('plainspeak: no meaning found for QQXZ: left out of the glossary. Spell it out where first used, or add it to the glossary by hand.\n')
  })

  it('writes no placeholder row even when no acronym has a meaning, and a pasted placeholder row defines nothing', async () => {
    const only = await runCli(['glossary', '--stdin'], {cwd: dir, input: 'Ask the QQXZ and the ZZQW teams.\n'})
    expect(only.stdout).toBe('No acronym with a known meaning.\n')
    expect(only.stderr).toBe('plainspeak: no meaning found for QQXZ, ZZQW: left out of the glossary. Spell them out where first used, or add them to the glossary by hand.\n')
    const pasted = 'Ask the QQXZ team.\n\n## Glossary\n\n| Acronym | Meaning |\n| --- | --- |\n| QQXZ | Not known: please spell this out |\n'
    const checked = await runCli(['check', '--stdin', '--stdin-filename', 'paper.md', '--format', 'json'], {cwd: dir, input: pasted})
    expect(JSON.parse(checked.stdout)[0].messages.filter((message: {ruleId: string}) => message.ruleId === 'acronym-undefined').map((message: {actual: string}) => message.actual)).toEqual(['QQXZ'])
  })

  it('--format csv: a header, quoted cells where needed, source and uses', async () => {
    const result = await runCli(['glossary', 'meanings.md', '--format', 'csv'], {cwd: dir})
    expect(result.stdout).toBe(
      'Acronym,Meaning,Source,Uses\r\n' +
        'ICB,Integrated care board,text,2\r\n' +
        'PCN,One of: Primary care network; Penalty charge notice,dictionary,1\r\n'
    )
    const board = await runCli(['glossary', 'examples/board-paper.md', '-f', 'csv'], {cwd: repoRoot})
    expect(board.stdout).toContain('\r\nBAME,"Black, Asian and minority ethnic",dictionary,1\r\n')
  })
})

describe('stats', () => {
  it('prints reading age, Flesch figures, passive share, long sentences and a per-section table', async () => {
    const result = await runCli(['stats', 'examples/board-paper.md', '--audience', 'board'], {cwd: repoRoot})
    expect(result.code).toBe(0)
    const text = result.stdout
    expect(text.split('\n')[0]).toBe('examples/board-paper.md')
    expect(text).toMatch(/^ {2}Reading age {11}\d+\.\d \(target 12, (above|within) target\)$/m)
    expect(text).toMatch(/^ {2}Flesch reading ease {3}-?\d+\.\d \(0–100, higher is easier\)$/m)
    expect(text).toMatch(/^ {2}Flesch–Kincaid grade {2}\d+\.\d$/m)
    expect(text).toMatch(/^ {2}Passive sentences {5}\d+ \(\d+%\) \*$/m)
    expect(text).toMatch(/^ {2}Long sentences {8}\d+ over 30 words$/m)
    expect(text).toMatch(/^ {2}Section +Line +Words +Sentences +Reading age$/m)
    expect(text).toMatch(/^ {4}1\. Executive summary +7 +\d+ +\d+ +\d+\.\d/m)
  })

  it('says what the passive figure counts, and why the passive rule reports fewer', async () => {
    const text = 'It is recommended that the plan is approved. The plan was agreed by the board in May. The fees were approved.\n'
    const {dir, cleanup} = await makeFolder({'a.md': text})
    cleanups.push(cleanup)
    const stats = await runCli(['stats', 'a.md'], {cwd: dir})
    expect(stats.stdout).toMatch(/^ {2}Passive sentences {5}3 \(100%\) \*$/m)
    const note = stats.stdout.slice(stats.stdout.indexOf('\n  * ')).replace(/\s+/g, ' ')
    expect(note).toContain('* Passive sentences counts every prose sentence with a passive verb, including those that say who acts')
    expect(note).toContain('The passive rule reports fewer: only a passive that hides who acts where the reader needs to know')
    // And so it does: the sentence that names the board is counted, not reported.
    const report = parseJsonReport((await runCli(['check', 'a.md', '--suggestions', '-f', 'json'], {cwd: dir})).stdout)
    const passives = report[0]!.messages.filter((message) => message.ruleId === 'passive')
    expect(passives.length).toBeGreaterThan(0)
    expect(passives.length).toBeLessThan(3)
    expect(passives.every((message) => message.suggestion)).toBe(true)
  })

  it('--format json gives the same figures as the JSON report', async () => {
    const stats = JSON.parse((await runCli(['stats', 'examples/board-paper.md', '-f', 'json'], {cwd: repoRoot})).stdout)
    const check = JSON.parse((await runCli(['check', 'examples/board-paper.md', '-f', 'json'], {cwd: repoRoot})).stdout)
    expect(stats).toEqual({path: 'examples/board-paper.md', stats: check[0].stats})
    expect(stats.stats.sections.length).toBeGreaterThan(3)
  })

  it('a missing file: exit 2 with its name', async () => {
    const result = await runCli(['stats', 'nope.md'], {cwd: dir})
    expect(result).toMatchObject({code: 2, stdout: ''})
    expect(result.stderr).toBe('plainspeak: cannot check nope.md: File not found. Check the path and the spelling of the file name.\n')
  })
})
