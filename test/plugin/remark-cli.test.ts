/**
 * remark-cli (from npm) with remark-plainspeak in `.remarkrc.json`, over the sample board paper:
 * its report names the same findings as `plainspeak check`, `--frail` fails on warnings, and a
 * bad option is a clear error on the file.
 */
import {check} from '@plainspeak/core'
import {afterAll, beforeAll, expect, it, vi} from 'vitest'
import {parseJsonReport, runCli, writeFiles} from '../cli/helpers.js'
import {markedBlock} from '../readme-recipes.js'
import {repoRoot} from '../cli/helpers.js'
import path from 'node:path'
import {boardPaper, findingLine, makeDocsProject, remarkCli, runNode} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>
let plainspeakFindings: string[]

beforeAll(async () => {
  ;({dir, cleanup} = await makeDocsProject({
    'docs/board-paper.md': boardPaper,
    // Every finding, suggestions too, on both sides: which are in the default view is the judged table's to say.
    '.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {audience: 'board', suggestions: true}]]}, undefined, 2)
  }))
  const cli = await runCli(['check', 'docs', '--audience', 'board', '--suggestions', '--format', 'json'], {cwd: dir})
  expect(cli.stderr).toBe('')
  const [paper] = parseJsonReport(cli.stdout)
  plainspeakFindings = paper!.messages.map(findingLine)
  expect(plainspeakFindings.length).toBeGreaterThan(10)
})

afterAll(() => cleanup())

it('reports the same findings as `plainspeak check`, with vfile-reporter', async () => {
  const run = await runNode([remarkCli, 'docs', '--no-stdout', '--no-color'], dir)
  expect(run.code).toBe(0)
  const lines = run.stderr.split('\n')
  expect(lines[0]).toBe('docs/board-paper.md')
  // `3:3-3:86  warning  This sentence is hard to read: …  readability  plainspeak`
  const reported = lines
    .map((line) => /^\s*(\d+:\d+-\d+:\d+)\s+(error|warning|info)\s+(.+?)\s+([a-z-]+)\s+plainspeak$/.exec(line))
    .filter((match) => match !== null)
    .map(([, place, severity, reason, ruleId]) => `${place} ${severity} ${reason} ${ruleId}`)
  expect(reported).toEqual(plainspeakFindings)
  const warnings = plainspeakFindings.filter((line) => line.split(' ')[1] === 'warning').length
  expect(warnings).toBeGreaterThan(0)
  expect(run.stderr).toContain(`${plainspeakFindings.length} messages (⚠ ${warnings} warnings)`)
})

it('gives every field of the message contract to a JSON reporter', async () => {
  const run = await runNode([remarkCli, 'docs', '--no-stdout', '--report', 'vfile-reporter-json'], dir)
  expect(run.code).toBe(0)
  const cli = await runCli(['check', 'docs', '--audience', 'board', '--suggestions', '--format', 'json'], {cwd: dir})
  const [expected] = parseJsonReport(cli.stdout)
  const [file] = JSON.parse(run.stderr) as Array<{path: string; messages: Array<Record<string, any>>}>
  expect(file!.path).toBe('docs/board-paper.md')
  const severity = (fatal: boolean | undefined) => (fatal === true ? 'error' : fatal === false ? 'warning' : 'info')
  expect(
    file!.messages.map((message) => ({
      ruleId: message['ruleId'],
      severity: severity(message['fatal']),
      reason: message['reason'],
      actual: message['actual'],
      expected: message['expected'],
      note: message['note'],
      url: message['url'],
      line: message['place'].start.line,
      column: message['place'].start.column,
      endLine: message['place'].end.line,
      endColumn: message['place'].end.column,
      offset: message['place'].start.offset,
      endOffset: message['place'].end.offset
    }))
    // The CLI's JSON also carries each finding's subject, whether it is a suggestion, and a word
    // finding's group and fingerprint; vfile-reporter-json writes a fixed list of fields, with no
    // place for them.
  ).toEqual(expected!.messages.map(({group: _group, subject: _subject, suggestion: _suggestion, fingerprint: _fingerprint, ...message}) => message))
  expect(new Set(file!.messages.map((message) => message['source']))).toEqual(new Set(['plainspeak']))
})

it('exits 1 with --frail on warnings, and without it when a rule is set to error', async () => {
  expect((await runNode([remarkCli, 'docs', '--no-stdout', '--frail', '--quiet'], dir)).code).toBe(1)
  await writeFiles(dir, {'strict/.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {audience: 'board', rules: {jargon: 'error'}}]]}), 'strict/paper.md': boardPaper})
  const strict = await runNode([remarkCli, 'strict', '--no-stdout', '--no-color'], dir)
  expect(strict.code).toBe(1)
  const jargon = check(boardPaper, {format: 'markdown', audience: 'board', rules: {jargon: 'error'}}).messages.filter((message) => message.ruleId === 'jargon')
  expect(jargon.length).toBeGreaterThan(0)
  for (const message of jargon) expect(strict.stderr).toContain(`${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}`)
  expect(strict.stderr).toContain(`✖ ${jargon.length} error`)
  // A clean document passes even with --frail.
  await writeFiles(dir, {'clean/note.md': '# Bin collections\n\nWe collect your bins every Tuesday.\n'})
  expect((await runNode([remarkCli, 'clean', '--no-stdout', '--frail'], dir)).code).toBe(0)
})

it('reports a bad option as an error on the file, naming the option and the valid values', async () => {
  await writeFiles(dir, {'bad/.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {audience: 'kids'}]]}), 'bad/paper.md': boardPaper})
  const run = await runNode([remarkCli, 'bad', '--no-stdout', '--no-color'], dir)
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('bad/paper.md')
  expect(run.stderr).toContain('PlainspeakOptionError: Bad remark-plainspeak option: Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`')
  // No stack trace of Plainspeak's internals under it.
  expect(run.stderr).not.toMatch(/\bat \w+ \(/)
})

it('loads a YAML word list through the README’s .remarkrc.mjs', async () => {
  const config = markedBlock(path.join(repoRoot, 'packages/remark-plainspeak/README.md'), 'example', 'remarkrc-mjs')
  expect(config?.language).toBe('js')
  const ourWords = [
    '- term: front door',
    '  alternatives: [first point of contact]',
    '  kind: jargon',
    '  note: Residents do not know what the front door of a service is.',
    '  source: our style guide',
    ''
  ].join('\n')
  const page = '# Adult social care\n\nCall the front door team if you need care at home.\n'
  await writeFiles(dir, {'words/.remarkrc.mjs': config!.code, 'words/our-words.yml': ourWords, 'words/page.md': page})
  const run = await runNode([remarkCli, 'words', '--no-stdout', '--no-color'], dir)
  expect(run.code).toBe(0)
  const {compileDictionaries} = await import('@plainspeak/dictionary')
  const {dictionary} = compileDictionaries([{file: 'our-words.yml', text: ourWords}])
  // As written, the config gives the default view (the judged table decides whether the list's word is in it) ...
  const all = check(page, {format: 'markdown', audience: 'board', dictionaries: [dictionary], suggestions: true}).messages
  expect(all.map((message) => message.actual)).toContain('front door')
  for (const message of all) expect(run.stderr.includes(message.reason), message.reason).toBe(!message.suggestion)
  // ... and with `suggestions: true` added, every finding, the list's word among them.
  const withSuggestions = config!.code.replace("dictionaries: [dictionary]}", 'dictionaries: [dictionary], suggestions: true}')
  expect(withSuggestions).not.toBe(config!.code)
  await writeFiles(dir, {'words-all/.remarkrc.mjs': withSuggestions, 'words-all/our-words.yml': ourWords, 'words-all/page.md': page})
  const everything = await runNode([remarkCli, 'words-all', '--no-stdout', '--no-color'], dir)
  expect(everything.code).toBe(0)
  for (const message of all) expect(everything.stderr).toContain(message.reason)
  // A broken word list stops the run with the located problem.
  await writeFiles(dir, {'words/our-words.yml': '- term: front door\n  kind: jargonn\n'})
  const broken = await runNode([remarkCli, 'words', '--no-stdout', '--no-color'], dir)
  expect(broken.code).toBe(1)
  expect(broken.stderr).toMatch(/our-words\.yml:2:\d+: error/)
})
