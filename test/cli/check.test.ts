/**
 * `plainspeak check`: which files it reads, the default report, exit codes, stdin and output
 * files. Each test runs the built CLI in its own temporary folder.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {check} from '@plainspeak/core'
import {describeFindings, plural} from '@plainspeak/core/presentation'
import {compact, makeFolder, parseJsonReport, repoRoot, runCli, samples} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
async function folder(files: Record<string, string | Uint8Array> = {}) {
  const made = await makeFolder(files)
  cleanups.push(made.cleanup)
  return made.dir
}

describe('the sample board paper', () => {
  it('prints the default view grouped under the file, with a reading-age summary, and exits 0 (warnings only)', async () => {
    const result = await runCli(['check', 'examples/board-paper.md', '--audience', 'board'], {cwd: repoRoot})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines[1]).toBe('examples/board-paper.md')
    // Exactly the engine's default view at board (which kinds that is, the judged table decides), in order, one line each.
    const {messages} = check(await readFile(path.join(repoRoot, 'examples/board-paper.md'), 'utf8'), {format: 'markdown', audience: 'board'})
    const listed = lines.filter((line) => /^ {2}\d+:\d+ /.test(line)).map((line) => /^ {2}(\d+:\d+) +(\w+) {2}(.+) {2}(\S+)$/.exec(line)!.slice(1).join(' | '))
    // Repeats of one term are one line, at the first place, listing every place.
    const at = (message: (typeof messages)[number]) => `${message.place.start.line}:${message.place.start.column}`
    const places = (id: string) => messages.filter((other) => other.data.group?.id === id).map(at)
    const repeats = (message: (typeof messages)[number]) => (message.data.group && message.data.group.count > 1 ? ` ×${message.data.group.count} (${places(message.data.group.id).join(', ')})` : '')
    const shown = messages.filter((message) => (message.data.group?.ordinal ?? 1) === 1)
    expect(listed).toEqual(shown.map((message) => `${at(message)} | ${message.severity} | ${message.reason}${repeats(message)} | ${message.ruleId}`))
    expect(messages.every((message) => message.severity !== 'error')).toBe(true)
    const counts = {error: 0, warning: messages.filter((message) => message.severity === 'warning').length, info: messages.filter((message) => message.severity === 'info').length}
    const summary = messages.length === 0 ? '✔ No findings in 1 file.' : counts.warning === 0 ? `✔ No errors or warnings in 1 file (${plural(counts.info, 'info', 'info')}).` : `✖ ${describeFindings(counts)} in 1 file.`
    expect(result.stdout).toContain(summary)
    // Suggestions are left out, and not counted.
    expect(result.stdout).not.toContain('suggestion')
    expect(result.stdout).toMatch(/examples\/board-paper\.md {2}reading age \d+\.\d, target 12 \((above|within) target\)/)
    // No colour when the output is not a terminal.
    expect(result.stdout).not.toContain('\u001B[')
  })

  it('exits 1 with --max-warnings 0', async () => {
    const result = await runCli(['check', 'examples/board-paper.md', '--audience', 'board', '--max-warnings', '0'], {cwd: repoRoot})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Too many warnings: \d+, more than --max-warnings 0\./)
  })
})

describe('exit codes', () => {
  it('0 when nothing is found', async () => {
    const dir = await folder({'clean.txt': samples.clean})
    const result = await runCli(['check', 'clean.txt'], {cwd: dir})
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toContain('✔ No findings in 1 file.')
  })

  it('0 with warnings under --max-warnings, 1 over it', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    expect((await runCli(['check', 'a.txt', '--max-warnings', '1'], {cwd: dir})).code).toBe(0)
    expect((await runCli(['check', 'a.txt', '--max-warnings', '0'], {cwd: dir})).code).toBe(1)
  })

  it('1 for an error-severity finding (--rule jargon=error)', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt', '--rule', 'jargon=error'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/1:9 +error {4}Use plain words instead of “signpost”/)
  })

  it('0 when the failing rule is switched off with --rule', async () => {
    const dir = await folder({'a.txt': samples.jargon, '.plainspeakrc.json': '{"rules": {"jargon": "error"}}'})
    expect((await runCli(['check', 'a.txt'], {cwd: dir})).code).toBe(1)
    const result = await runCli(['check', 'a.txt', '--rule', 'jargon=off'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('signpost')
  })

  it('2 for usage errors, with a plain message and no stack trace', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    const cases: Array<[string[], RegExp]> = [
      [['check', 'a.txt', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, gitlab, html/],
      [['check', 'a.txt', '--audience', 'kids'], /--audience: Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`/],
      [['check', 'a.txt', '--rule', 'jargon=loud'], /--rule: Unexpected value `loud` for `rules\.jargon`, expected one of `off`, `info`, `warning`, `error`/],
      [['check', 'a.txt', '--rule', 'nonsense'], /Expected RULE=SEVERITY/],
      [['check', 'a.txt', '--rule', 'made-up=error'], /Unknown rule `made-up`/],
      [['check', 'a.txt', '--max-warnings', 'many'], /Expected a whole number/],
      [['check', 'a.txt', '--stdin'], /Give files or --stdin, not both/],
      [['check', 'a.txt', '--baseline', 'nope.json'], /Cannot read the baseline file .*nope\.json: File not found/],
      [['check', 'a.txt', '--output', 'no/such/folder/report.txt'], /Cannot write the report to no\/such\/folder\/report\.txt: the folder does not exist/],
      [['frobnicate'], /unknown command 'frobnicate'/]
    ]
    for (const [args, message] of cases) {
      const result = await runCli(args, {cwd: dir})
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('--help and --version exit 0', async () => {
    const dir = await folder()
    const help = await runCli(['--help'], {cwd: dir})
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes:')
    const version = await runCli(['--version'], {cwd: dir})
    expect(version).toMatchObject({code: 0})
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('choosing files', () => {
  it('checks supported files under the current folder, honouring .gitignore and .plainspeakignore', async () => {
    const dir = await folder({
      'a.md': samples.jargon,
      'b.txt': samples.jargon,
      'c.html': `<p>${samples.jargon}</p>`,
      'notes.rst': samples.jargon,
      'build/out.md': samples.jargon,
      'drafts/old.md': samples.jargon,
      'docs/keep.markdown': samples.jargon,
      'docs/page.htm': samples.jargon,
      'node_modules/pkg/readme.md': samples.jargon,
      '.gitignore': 'build/\n',
      '.plainspeakignore': 'drafts/\n'
    })
    const result = await runCli(['check', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual(['a.md', 'b.txt', 'c.html', 'docs/keep.markdown', 'docs/page.htm'])
  })

  it('expands folders and globs, keeps the order given, and reads a named file even if ignored', async () => {
    const dir = await folder({
      'papers/z.md': samples.jargon,
      'papers/a.md': samples.jargon,
      'other/x.txt': samples.jargon,
      'other/skip.txt': samples.jargon,
      '.plainspeakignore': 'other/skip.txt\n'
    })
    const result = await runCli(['check', '-f', 'json', 'other/skip.txt', 'papers', 'other/*.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual(['other/skip.txt', 'papers/a.md', 'papers/z.md', 'other/x.txt'])
  })

  it('an empty folder: a clear message and exit 2', async () => {
    const dir = await folder()
    const result = await runCli(['check'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No files to check: there are no .md, .markdown, .txt, .html, .htm or .docx files here')
    expect(result.stdout).toContain('No files were checked.\n  No files to check: there are no .md, .markdown, .txt, .html, .htm or .docx files here')
    // Nothing failed to be checked: there was nothing to check.
    expect(result.stdout).not.toContain('could not be checked')
    const named = await runCli(['check', 'empty'], {cwd: await folder({'empty/.keep': ''})})
    expect(named.code).toBe(2)
    expect(named.stdout).toBe('\nNo files were checked.\n  empty: no .md, .markdown, .txt, .html, .htm or .docx files to check in this folder.\n')
  })

  it('a folder with nothing to check beside a file that is checked: said as such, not as a file that could not be checked', async () => {
    const dir = await folder({'a.txt': samples.jargon, 'empty/.keep': ''})
    const result = await runCli(['check', 'a.txt', 'empty'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Nothing to check at 1 of the paths you gave (see the messages above).')
    expect(result.stdout).not.toContain('could not be checked')
  })

  it('a glob or folder that matches nothing is named, and the other files are still checked', async () => {
    const dir = await folder({'a.txt': samples.jargon, 'empty/.keep': ''})
    const result = await runCli(['check', 'a.txt', 'nothing/*.md', 'empty', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No files match `nothing/*.md`.')
    expect(result.stderr).toContain('empty: no .md, .markdown, .txt, .html, .htm or .docx files to check in this folder.')
    expect(compact(parseJsonReport(result.stdout))).toEqual(['a.txt 1:9 jargon signpost'])
  })
})

describe('output', () => {
  it('reads standard input, with --stdin-filename setting the format and the name', async () => {
    const dir = await folder()
    const markdown = '# Title\n\nUse `JSNA` in code. The JSNA is new.\n'
    const result = await runCli(['check', '--stdin', '--stdin-filename', 'paper.md', '-f', 'json'], {cwd: dir, input: markdown})
    const [file] = parseJsonReport(result.stdout)
    expect(file!.path).toBe('paper.md')
    // Markdown: the code span is not an acronym use, the second JSNA is.
    expect(compact([file!]).filter((line) => line.includes('acronym'))).toEqual(['paper.md 3:25 acronym-undefined JSNA'])
    const plain = await runCli(['check', '--stdin', '-f', 'json'], {cwd: dir, input: samples.jargon})
    expect(compact(parseJsonReport(plain.stdout))).toEqual(['stdin 1:9 jargon signpost'])
  })

  it('writes the report to --output instead of stdout', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt', '-f', 'json', '--output', 'report.json'], {cwd: dir})
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(compact(parseJsonReport(await readFile(path.join(dir, 'report.json'), 'utf8')))).toEqual(['a.txt 1:9 jargon signpost'])
  })

  it('colours only when asked: FORCE_COLOR or --color, never with NO_COLOR or --no-color', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    const escape = '\u001B['
    expect((await runCli(['check', 'a.txt'], {cwd: dir})).stdout).not.toContain(escape)
    expect((await runCli(['check', 'a.txt'], {cwd: dir, env: {FORCE_COLOR: '1'}})).stdout).toContain(`${escape}33mwarning`)
    expect((await runCli(['check', 'a.txt', '--color'], {cwd: dir})).stdout).toContain(escape)
    expect((await runCli(['check', 'a.txt', '--no-color'], {cwd: dir, env: {FORCE_COLOR: '1'}})).stdout).not.toContain(escape)
    expect((await runCli(['check', 'a.txt'], {cwd: dir, env: {NO_COLOR: '1', FORCE_COLOR: undefined}})).stdout).not.toContain(escape)
  })

  it('--quiet reports errors only', async () => {
    const dir = await folder({'a.txt': samples.acronym})
    const result = await runCli(['check', 'a.txt', '--quiet', '--rule', 'acronym-undefined=error', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(compact(parseJsonReport(result.stdout))).toEqual(['a.txt 3:5 acronym-undefined JSNA'])
  })

  it('--quiet never says "no findings" over the warnings it leaves out: it counts them', async () => {
    const dir = await folder({'a.txt': samples.acronym})
    const all = parseJsonReport((await runCli(['check', 'a.txt', '-f', 'json'], {cwd: dir})).stdout)[0]!.messages
    const warnings = all.filter((message) => message.severity === 'warning').length
    const infos = all.filter((message) => message.severity === 'info').length
    expect(warnings).toBeGreaterThan(0)
    const result = await runCli(['check', 'a.txt', '--quiet'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('No findings')
    expect(result.stdout).toContain('✔ No errors in 1 file.')
    expect(result.stdout).toContain(`  ${describeFindings({error: 0, warning: warnings, info: infos})} not shown because of --quiet.`)
    const page = (await runCli(['check', 'a.txt', '--quiet', '-f', 'html'], {cwd: dir})).stdout
    expect(page).toContain(`<p>${describeFindings({error: 0, warning: warnings, info: infos}).replace(/^./, (first) => first.toUpperCase())} not shown because of --quiet.</p>`)
  })
})

describe('the default report’s wording', () => {
  it('shows a residents’ panel’s verdict on the line under the finding, as JSON’s `verdict` has it', async () => {
    const words = [
      '- term: floatation',
      '  alternatives: [start-up money]',
      '  kind: jargon',
      '  note: Say what the money is for.',
      '  source: compiler',
      '  review:',
      "    panel: Mile End readers",
      '    date: 2026-11-02',
      '    reviewers: 6',
      '    notUnderstood: 5',
      ''
    ].join('\n')
    const dir = await folder({'words.yml': words, 'a.md': '# Grants\n\nThe floatation grant opens in May. We will signpost you to it.\n'})
    const verdict = "5 of 6 residents on the review panel did not know this word (Mile End readers, 2 November 2026)."
    const result = await runCli(['check', 'a.md', '-d', 'words.yml'], {cwd: dir})
    const lines = result.stdout.split('\n')
    const row = lines.findIndex((line) => line.includes('instead of “floatation”'))
    expect(lines[row]).toMatch(/^ {2}3:5 {3}warning {2}Use plain words instead of “floatation”: “start-up money”\. {2}jargon$/)
    expect(lines[row + 1]).toBe(`${' '.repeat(17)}${verdict}`)
    // Only the reviewed entry has one.
    expect(result.stdout.match(/review panel/g)).toHaveLength(1)
    const json = JSON.parse((await runCli(['check', 'a.md', '-d', 'words.yml', '-f', 'json'], {cwd: dir})).stdout) as Array<{messages: Array<{actual: string; verdict?: string}>}>
    expect(json[0]!.messages.map((message) => [message.actual, message.verdict])).toEqual([['floatation', verdict], ['signpost', undefined]])
  })

  it('lists five places of a repeated term at most, then how many more', async () => {
    const dir = await folder({'a.txt': Array.from({length: 8}, (_unused, index) => `On day ${index + 1} we will signpost people to help.`).join('\n') + '\n'})
    const result = await runCli(['check', 'a.txt'], {cwd: dir})
    expect(result.stdout).toMatch(/^ {2}1:18 +warning {2}Use plain words instead of “signpost”: .+ ×8 \(1:18, 2:18, 3:18, 4:18, 5:18 and 3 more\) {2}jargon$/m)
  })
})

describe('batches', () => {
  it('gives the same report in the same order with worker threads as in one thread', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 12; index++) {
      // Files of different sizes finish out of order on the workers.
      files[`paper-${String(index).padStart(2, '0')}.md`] = `# Paper ${index}\n\n${samples.acronym.repeat(index % 3 === 0 ? 40 : 1)}`
    }
    const dir = await folder(files)
    const threaded = await runCli(['check', '-f', 'json', '--jobs', '2'], {cwd: dir})
    const single = await runCli(['check', '-f', 'json', '--jobs', '1'], {cwd: dir})
    expect(threaded.code).toBe(0)
    expect(parseJsonReport(threaded.stdout).map((file) => file.path)).toEqual(Object.keys(files).sort())
    expect(threaded.stdout).toBe(single.stdout)
  })

  it('shows a progress bar on stderr at a terminal for more than a handful of files', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 8; index++) files[`p${index}.txt`] = samples.jargon
    const dir = await folder(files)
    // `script` gives the CLI a terminal; the bar and the report share it.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(repoRoot, 'packages/cli/dist/bin.js'))} check --no-color`
    const {spawn} = await import('node:child_process')
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], {cwd: dir, env: {...process.env, CI: '', TERM: 'xterm'}})
      let text = ''
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.on('error', reject)
      child.on('close', () => resolve(text))
    })
    expect(output).toMatch(/Checking .* \d\/8 files/)
    // The report itself is complete and comes after the bar.
    expect(output).toContain('✖ 8 findings (8 warnings) in 8 files.')
  })
})
