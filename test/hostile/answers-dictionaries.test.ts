/**
 * Round 3, items 4 and 8 (part): one reviewer's answers file, or one dictionary entry, must not
 * break every later check. Words objects inherit ("constructor") are ordinary words; a file with
 * a date `Date.parse` accepts but ISO 8601 does not is left out by name while the others are
 * merged; what `review import --write` would write is checked by the loaders' own checks (size
 * included) first; a malformed organisation dictionary is refused before anything is merged;
 * dictionary text has length limits with located errors.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {answersFile, bulkyAnswers, distinctTerms, duplicateEntries, inheritedNames, longNoteEntry, paperUsing, responsesAsText} from '../bench/hostile-attacks/answers.js'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {fileUri, LspClient} from './lsp.js'
import {bounds, expectContained, project, runCli, secret, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 240_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

interface JsonReport {
  filePath: string
  messages: Array<{ruleId: string; actual: string; expected?: string[]; message: string; note?: string}>
}

const importArgs = (files: readonly string[], ...more: string[]) => ['review', 'import', ...files, '--dictionary', 'org.yml', ...more]
const read = (file: string) => readFile(path.join(made!.dir, file), 'utf8')
const nativeCode = /native code|function Object|\[object Object\]/

describe('words every JavaScript object has', () => {
  it('"constructor", "prototype", "toString" become ordinary entries; "__proto__" is not a word; check, SARIF and a quick fix use their own alternatives', async () => {
    const paper = 'The constructor of the prototype agreed. We constructored it, then toString and valueOf.\n'
    made = await project({
      'a1.json': answersFile({response: 'reviewer-0001', terms: inheritedNames, words: 'builder'}),
      'a2.json': answersFile({response: 'reviewer-0002', terms: inheritedNames, words: 'builder'}),
      'paper.md': paper
    })
    const imported = await runCli(importArgs(['a1.json', 'a2.json'], '--write'), {cwd: made.dir})
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain('  constructor: added: 2 of 2 did not understand; alternative “builder”.\n')
    expect(imported.stdout).toContain('  __proto__: this is not a word or phrase a dictionary entry can hold, so it was not added. Check the answers file.\n')
    expect(imported.stdout).toContain('Wrote org.yml (it passes plainspeak dict lint).')
    expectContained(imported)
    const dictionary = await read('org.yml')
    expect([...dictionary.matchAll(/^- term: (\S+)$/gm)].map((match) => match[1])).toEqual(['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])

    const lint = await runCli(['dict', 'lint', 'org.yml'], {cwd: made.dir})
    expect(lint.stdout).toBe('No problems in 1 file.\n')

    const json = await runCli(['check', 'paper.md', '-d', 'org.yml', '-f', 'json', '--rule', 'readability=off'], {cwd: made.dir})
    expect(json.code, json.stderr).toBe(0)
    const [report] = JSON.parse(json.stdout) as JsonReport[]
    expect(report!.messages.filter((message) => message.ruleId === 'jargon').map((message) => `${message.actual} → ${message.expected?.join(', ')}`)).toEqual([
      'constructor → builder',
      'prototype → builder',
      // "buildered" is no word: the fit check offers no replacement rather than a broken one.
      'constructored → ',
      'toString → builder',
      'valueOf → builder'
    ])
    expect(json.stdout).not.toMatch(nativeCode)
    expectContained(json)

    const sarif = await runCli(['check', 'paper.md', '-d', 'org.yml', '-f', 'sarif'], {cwd: made.dir})
    expect(() => JSON.parse(sarif.stdout)).not.toThrow()
    expect(sarif.stdout).toContain('Use plain words instead of “constructor”: “builder”.')
    expect(sarif.stdout).not.toMatch(nativeCode)
    expectContained(sarif)

    // The editor's quick fix: the replacement is the entry's own alternative.
    await writeFile(path.join(made.dir, '.plainspeakrc.json'), '{"dictionaries": ["org.yml"]}')
    const client = await LspClient.start({workspaceFolders: [made.dir]})
    try {
      const uri = fileUri(path.join(made.dir, 'paper.md'))
      const {diagnostics} = (await client.open(path.join(made.dir, 'paper.md'), paper)) as {diagnostics: Array<{message: string; range: object}>}
      const constructor = diagnostics.find((diagnostic) => diagnostic.message.includes('“constructor”'))
      expect(constructor, JSON.stringify(diagnostics)).toBeDefined()
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: constructor!.range,
        context: {diagnostics: [constructor]}
      })) as Array<{title: string; edit?: {changes?: Record<string, Array<{newText: string}>>; documentChanges?: Array<{edits: Array<{newText: string}>}>}}>
      const edits = actions.flatMap((action) => [...Object.values(action.edit?.changes ?? {}).flat(), ...(action.edit?.documentChanges ?? []).flatMap((change) => change.edits)])
      expect(edits.map((edit) => edit.newText)).toContain('builder')
      expect(JSON.stringify(actions)).not.toMatch(nativeCode)
      expect(client.everything()).not.toContain(secret)
    } finally {
      await client.stop()
    }
  })
})

describe('a date Date.parse accepts but ISO 8601 does not', () => {
  it('leaves that file out by name and field, merges the others, and exits 2', async () => {
    made = await project({
      'a1.json': answersFile({response: 'reviewer-0001', terms: ['reablement'], words: 'help at home'}),
      'bad.json': answersFile({response: 'reviewer-0002', terms: ['reablement'], words: 'help at home', saved: 'Tue, 1 Dec 2026 10:00'}),
      'a3.json': answersFile({response: 'reviewer-0003', terms: ['reablement'], words: 'help at home'})
    })
    const run = await runCli(importArgs(['a1.json', 'bad.json', 'a3.json'], '--write'), {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'plainspeak: left out bad.json: its "saved" time "Tue, 1 Dec 2026 10:00" is not an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).\n'
    )
    expect(run.stdout).toContain('Answers from 2 reviewers (1 file left out).')
    expect(run.stdout).not.toMatch(/would not pass plainspeak dict lint/)
    const written = await read('org.yml')
    expect(written).toMatch(/^ {4}date: 2026-12-04\n {4}reviewers: 2\n/m)
    expectContained(run, written)
  })
})

describe('answers files near the limits', () => {
  it('a file with more answers than a sheet asks is left out by name; the others are merged', async () => {
    made = await project({
      'huge.json': answersFile({response: 'reviewer-0001', terms: distinctTerms(2000)}),
      'a2.json': answersFile({response: 'reviewer-0002', terms: ['reablement'], words: 'help at home'}),
      'panel.json': answersFile({response: 'reviewer-0003', terms: ['reablement'], words: 'help at home', panel: 'P'.repeat(50_000)})
    })
    const run = await runCli(importArgs(['huge.json', 'a2.json', 'panel.json'], '--write'), {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      "plainspeak: left out huge.json: it holds 2,000 answers; a review sheet's answers file holds 500 at most.\n" +
        'plainspeak: left out panel.json: its "sheet" has a "panel" of 50,000 characters; a panel\'s name can be 100 at most.\n'
    )
    expect(await read('org.yml')).toMatch(/^- term: reablement\n/)
    expectContained(run)

    const panel = await runCli(importArgs(['a2.json'], '--panel', 'P'.repeat(101)), {cwd: made.dir})
    expect(panel.code).toBe(2)
    expect(panel.stderr).toMatch(/--panel is 101 characters long; a panel's name can be 100 at most\./)
  })

  it('answers that would make the dictionary larger than the loaders read: nothing is written, and the size is the reason', async () => {
    const files = bulkyAnswers(20, 500) as Record<string, string>
    made = await project({...files, 'org.yml': longNoteEntry('Residents asked for this.')})
    const before = await snapshot([path.join(made.dir, 'org.yml')])
    const run = await runCli(importArgs(Object.keys(files), '--write'), {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/The changed org\.yml would not pass plainspeak dict lint, so nothing was written:\norg\.yml:1:1: error: This file would be [\d.]+ MB, over the 2 MB limit for a dictionary file\. Split it into smaller files\.\n/)
    expect(run.stdout).not.toMatch(/^Wrote /m)
    await before.unchanged()
    expectContained(run)
  })

  it('merges 30 files of 500 different words (15,000 words) in bounded time', async () => {
    const files: Record<string, string> = {}
    for (let file = 0; file < 30; file++) {
      files[`answers-${file + 1}.json`] = answersFile({response: `reviewer-${String(file + 1).padStart(4, '0')}`, terms: distinctTerms(500, file * 500), words: 'plain help'})
    }
    made = await project(files)
    const run = await runCli(importArgs(Object.keys(files)), {cwd: made.dir})
    // The preview merges all 15,000 words; the file they would make is over 2 MB, so it says so.
    expect(run.stdout).toContain('Answers from 30 reviewers.')
    expect(run.stdout).toContain('  wordaaaaa: added: 1 of 1 did not understand; alternative “plain help”.\n')
    expect(run.stderr).toMatch(/over the 2 MB limit for a dictionary file/)
    expect(run.seconds).toBeLessThan(bounds.seconds)
    expectContained(run)
  })
})

describe('the organisation dictionary is checked before anything is merged', () => {
  it('two entries for one word: refused with dict lint’s located error, nothing written, nothing counted twice', async () => {
    made = await project({'org.yml': duplicateEntries, 'a1.json': answersFile({response: 'reviewer-0002', terms: ['reablement'], words: 'help at home'})})
    const before = await snapshot([path.join(made.dir, 'org.yml')])
    const run = await runCli(importArgs(['a1.json'], '--write'), {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: org\.yml does not pass plainspeak dict lint, so no answers were added to it\. Nothing was written\. Fix these first:\norg\.yml:9:9: error: Duplicate term "Reablement"/)
    await before.unchanged()
    expectContained(run)
  })

  it('a review record that is not one (responses as text, a count in words): refused at its line, the answers it records not counted again', async () => {
    const malformed = responsesAsText.replace('reviewers: 1', 'reviewers: many')
    made = await project({'org.yml': malformed, 'a1.json': answersFile({response: 'reviewer-0001', terms: ['reablement'], words: 'help at home'})})
    const before = await snapshot([path.join(made.dir, 'org.yml')])
    const run = await runCli(importArgs(['a1.json'], '--write'), {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/org\.yml:6:16: error: Entry "reablement": "review\.reviewers" should be/)
    expect(run.stderr).toMatch(/org\.yml:8:16: error: Entry "reablement": "review\.responses" should be a list/)
    await before.unchanged()
    expectContained(run)
  })

  it('answers imported again, alone or with new ones, are counted once', async () => {
    made = await project({
      'a1.json': answersFile({response: 'reviewer-0001', terms: ['reablement'], words: 'help at home'}),
      'a2.json': answersFile({response: 'reviewer-0002', terms: ['reablement'], words: 'help at home'}),
      'a3.json': answersFile({response: 'reviewer-0003', terms: ['reablement'], words: 'support at home'})
    })
    expect((await runCli(importArgs(['a1.json', 'a2.json'], '--write'), {cwd: made.dir})).code).toBe(0)
    const again = await runCli(importArgs(['a1.json', 'a2.json', 'a3.json', 'a1.json'], '--write'), {cwd: made.dir})
    expect(again.code, again.stderr).toBe(0)
    const written = await read('org.yml')
    expect(written).toMatch(/ {4}reviewers: 3\n {4}notUnderstood: 3\n/)
    expect(written).toContain('    responses: [reviewer-0001, reviewer-0002, reviewer-0003]\n')
    const third = await runCli(importArgs(['a1.json', 'a2.json', 'a3.json'], '--write'), {cwd: made.dir})
    expect(third.code).toBe(0)
    expect(await read('org.yml')).toBe(written)
    expectContained(third)
  })
})

describe('dictionary text has length limits', () => {
  it('a 300 KB note or panel name is a located error, quickly, in every format; a note at the limit reports as usual', async () => {
    const panelEntry = `- term: reablement\n  kind: jargon\n  alternatives: [help at home]\n  review:\n    panel: "${'P'.repeat(300_000)}"\n    date: 2026-11-01\n    reviewers: 3\n    notUnderstood: 3\n`
    made = await project({'note.yml': longNoteEntry('N'.repeat(300_000)), 'panel.yml': panelEntry, 'fine.yml': longNoteEntry('N'.repeat(1000)), 'paper.md': paperUsing('reablement', 20_000)})
    for (const format of ['json', 'sarif']) {
      const note = await runCli(['check', 'paper.md', '-d', 'note.yml', '-f', format], {cwd: made.dir})
      expect(note.code).toBe(2)
      expect(note.stderr).toContain('note.yml:5:9: error: Entry "reablement": "note" is 300,000 characters long; the limit is 1,000. Shorten it.')
      expect(note.stderr).not.toMatch(/Invalid string length/)
      expectContained(note)
      const panel = await runCli(['check', 'paper.md', '-d', 'panel.yml', '-f', format], {cwd: made.dir})
      expect(panel.code).toBe(2)
      expect(panel.stderr).toContain('panel.yml:5:12: error: Entry "reablement": "review.panel" is 300,000 characters long; the limit is 100. Shorten it.')
      expectContained(panel)
      const fine = await runCli(['check', 'paper.md', '-d', 'fine.yml', '-f', format, '--rule', 'readability=off'], {cwd: made.dir})
      expect(fine.code, fine.stderr).toBe(0)
      expect(() => JSON.parse(fine.stdout)).not.toThrow()
      expectContained(fine)
    }
  })
})
