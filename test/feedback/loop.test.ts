/**
 * "Not useful here", the whole loop (issue 28), through the real surfaces: writers dismiss findings
 * in the language server (over its protocol), in the CLI (`plainspeak feedback dismiss`) and in the
 * Word pane (headless Chromium with the Office stand-in, as in test/word/); the pane's export is
 * brought into the project's `.plainspeak/feedback.yml` with `plainspeak feedback import`, as a
 * writer would; `plainspeak feedback` summarises all three; `feedback apply --write` changes the
 * organisation dictionary; the next check, in the CLI, the language server and the pane, no longer
 * shows the finding at that audience, and the other audiences are unchanged.
 *
 * Each surface that dismisses is one step below and adds its count to `dismissedBy`; the summary
 * and the evidence are read against the total, so a surface joins by adding its step and count.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {parseFeedbackRecord} from '../../extensions/word/test/engine.js'
import type {FakeParagraphInit} from '../../extensions/word/test/fake-office/fake-word.js'
import {makeFolder, parseJsonReport, runCli} from '../cli/helpers.js'
import {fileUri, TestClient, type Diagnostic} from '../language-server/helpers.js'
import {TaskPaneHarness} from '../word/harness.js'

vi.setConfig({testTimeout: 300_000})

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

// One browser for the pane's steps: built and launched once.
const word = new TaskPaneHarness()
beforeAll(() => word.start(), 120_000)
afterAll(() => word.stop())

// The writers' own texts: a housing team's notes and letters, each using "signpost".
const visits = '# Home visits\n\nOur officers signpost tenants to the food bank.\n\nWe signpost older residents to the lunch club.\n\nThe team can signpost parents to play groups.\n'
const letters = '# Letters\n\nEach letter will signpost readers to the advice line.\n\nWe signpost callers to the repairs team.\n'
const next = '# Next month\n\nWe will signpost families to the new hub.\n'
/** The letters as the writer has them in Word: the same words, as Word paragraphs. */
const wordParagraphs = (markdown: string): FakeParagraphInit[] =>
  markdown
    .split(/\n\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (block.startsWith('# ') ? {text: block.slice(2), style: 'Heading1'} : {text: block}))
/** The pane as the writer sets it: for the public, with suggestions shown, as the CLI checks below. */
const paneSettings = (audience: string) => ({'plainspeak.audience': audience, 'plainspeak.suggestions': true})

/** Only the dictionary rules: sentence measures would add findings this loop is not about. */
const only = ['--rule', 'readability=off', '--rule', 'sentence-length=off', '--rule', 'passive=off']

type Finding = {ruleId: string; actual: string; fingerprint: string}

describe('Not useful here: the loop from writers to the organisation dictionary', () => {
  it('dismissals in the language server, the CLI and the Word pane switch an entry off at their audience only', async () => {
    const {dir: project, cleanup} = await makeFolder({
      // A team that keeps a record has a .plainspeak folder; `check` notes there how often each finding was shown.
      '.plainspeak/.keep': '',
      '.plainspeakrc.json': '{"dictionaries": ["our-words.yml"]}\n',
      'our-words.yml': "# Our organisation's words\n",
      'visits.md': visits,
      'letters.md': letters
    })
    cleanups.push(cleanup)
    const cli = (args: string[]) => runCli(args, {cwd: project})
    const signposts = async (files: string[], audience: string) => {
      const result = await cli(['check', ...files, '-f', 'json', '--audience', audience, '--suggestions', ...only])
      expect(result.stderr).toBe('')
      return parseJsonReport(result.stdout).flatMap((file) => (file.messages as Finding[]).filter((message) => message.ruleId === 'jargon' && message.actual === 'signpost').map((message) => ({...message, file: file.path})))
    }

    // The other audiences before anything is dismissed: they must be the same at the end.
    const before = {board: (await signposts(['visits.md', 'letters.md'], 'board')).length, staff: (await signposts(['visits.md', 'letters.md'], 'staff')).length}
    expect(before).toEqual({board: 5, staff: 5})
    // The writers' check at their audience (public, the default): five shown.
    const shownAtPublic = await signposts(['visits.md', 'letters.md'], 'public')
    expect(shownAtPublic).toHaveLength(5)

    const dismissedBy: Record<string, number> = {}

    // 1. The language server: "Not useful here: readers know this word" on two findings in visits.md.
    {
      const client = await TestClient.start({workspaceFolder: project, settings: {dictionaries: []}})
      cleanups.push(() => client.stop())
      const uri = fileUri(path.join(project, 'visits.md'))
      const {diagnostics} = await client.open(uri, visits)
      const found = lspSignposts(diagnostics)
      expect(found).toHaveLength(3)
      for (const diagnostic of found.slice(0, 2)) {
        const action = (await client.codeActions(uri, [diagnostic])).find((item) => item.title === 'Not useful here: readers know this word')
        expect(action?.command?.arguments?.[0]).toMatchObject({rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know'})
        const republished = client.diagnostics(uri)
        expect(await client.connection.sendRequest('workspace/executeCommand', {command: action!.command!.command, arguments: action!.command!.arguments})).toEqual({file: path.join(project, '.plainspeak', 'feedback.yml')})
        await republished
      }
      // The editor's fingerprints are the CLI's: the same findings, dismissed.
      const fingerprints = found.slice(0, 2).map((diagnostic) => (diagnostic.data as {fingerprint: string}).fingerprint)
      expect(shownAtPublic.filter((finding) => finding.file === 'visits.md').slice(0, 2).map((finding) => finding.fingerprint)).toEqual(fingerprints)
      dismissedBy['language server'] = 2
    }

    // 2. The CLI: the first finding in letters.md, by the fingerprint the last check printed.
    {
      const [first] = shownAtPublic.filter((finding) => finding.file === 'letters.md')
      const dismissed = await cli(['feedback', 'dismiss', first!.fingerprint, '--reason', 'readers-know'])
      expect(dismissed).toMatchObject({code: 0, stdout: '', stderr: 'Dismissed jargon “signpost” at public in .plainspeak/feedback.yml: it will not be shown again at that place.\n'})
      dismissedBy['CLI'] = 1
    }

    // 3. The Word pane: the same letter open in Word. The writer marks "signpost" (both uses) "Not useful
    //    here: readers know this word", exports feedback.yml to their downloads, and imports it.
    {
      const pane = await word.open({paragraphs: wordParagraphs(letters), settings: paneSettings('public')})
      expect((await pane.listed())['jargon']).toEqual(['signpost ×2'])
      const item = await pane.choose('jargon', 'signpost')
      await item.getByRole('button', {name: 'Not useful here (all 2 uses)'}).click()
      await pane.andWaitForCheck(() => item.getByRole('group', {name: /^Why\?/}).getByRole('button', {name: 'Readers know this word'}).click())
      expect((await pane.listed())['jargon']).toBeUndefined()
      await pane.page.locator('#feedback > summary').click()
      const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', {name: 'Export feedback.yml'}).click()])
      const {dir: downloads, cleanup: clearDownloads} = await makeFolder()
      cleanups.push(clearDownloads)
      const exported = path.join(downloads, download.suggestedFilename())
      await download.saveAs(exported)
      expect(pane.errors).toEqual([])

      // The export holds none of the letter's words, and the pane's fingerprints are the CLI's for the same places.
      const yaml = await readFile(exported, 'utf8')
      for (const words of ['Each letter', 'readers to', 'advice line', 'callers', 'repairs team', 'Letters']) expect(yaml).not.toContain(words)
      const fromWord = parseFeedbackRecord(exported, yaml)
      expect(fromWord.map(({rule, term, audience, reason}) => ({rule, term, audience, reason}))).toEqual([0, 1].map(() => ({rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know'})))
      expect(fromWord.map((dismissal) => dismissal.fingerprint)).toEqual(shownAtPublic.filter((finding) => finding.file === 'letters.md').map((finding) => finding.fingerprint))

      // Imported: the first use is the one the CLI dismissed in step 2, so only the second is new.
      const imported = await cli(['feedback', 'import', exported])
      expect(imported).toEqual({code: 0, stdout: '', stderr: `Imported 1 dismissal from ${exported} into .plainspeak/feedback.yml; 1 was there already.\n`})
      dismissedBy['Word pane'] = 1
    }

    const total = Object.values(dismissedBy).reduce((sum, count) => sum + count, 0)
    // One record, whoever wrote it, and none of the documents' words in it.
    const record = await readFile(path.join(project, '.plainspeak', 'feedback.yml'), 'utf8')
    expect(record.match(/^- rule: jargon$/gm)).toHaveLength(total)
    for (const words of ['officers', 'tenants', 'food bank', 'lunch club', 'advice line', 'Home visits']) expect(record).not.toContain(words)

    // `plainspeak feedback` summarises them against the times shown in the writers' check.
    const summary = await cli(['feedback'])
    expect(summary).toMatchObject({code: 0, stderr: ''})
    expect(summary.stdout.split('\n')[0]).toBe(`jargon “signpost” at public: ${total} of 5 shown dismissed (${Math.round((total / 5) * 100)}%); readers know this word ${total}  over 10%`)

    // `feedback apply`: a preview that changes nothing, then --write.
    const preview = await cli(['feedback', 'apply', '--dictionary', 'our-words.yml'])
    const evidence = `dismissed ${total} of 5 times shown, readers-know ${total}`
    expect(preview.stdout).toBe(`Would change our-words.yml:\n  “signpost” no longer flagged at public (still at board, staff, patient): ${evidence}.\nRun again with --write to make these changes.\n`)
    expect(await readFile(path.join(project, 'our-words.yml'), 'utf8')).toBe("# Our organisation's words\n")
    const written = await cli(['feedback', 'apply', '--dictionary', 'our-words.yml', '--write'])
    expect(written).toMatchObject({code: 0, stderr: ''})
    const dictionary = await readFile(path.join(project, 'our-words.yml'), 'utf8')
    expect(dictionary).toMatch(new RegExp(`^# Our organisation's words\\n\\n# Not useful here at public: ${evidence} \\(plainspeak feedback, \\d{4}-\\d\\d-\\d\\d\\)\\.\\n- term: signpost\\n`))
    expect(dictionary).toContain('  audiences: [ board, staff, patient ]\n')
    expect(await cli(['dict', 'lint', 'our-words.yml'])).toMatchObject({code: 0})

    // The next check: not shown at public anywhere, even in a new document; the other audiences as before.
    await writeFile(path.join(project, 'next.md'), next)
    expect(await signposts(['visits.md', 'letters.md', 'next.md'], 'public')).toEqual([])
    expect((await signposts(['visits.md', 'letters.md'], 'board')).length).toBe(before.board)
    expect((await signposts(['visits.md', 'letters.md'], 'staff')).length).toBe(before.staff)
    expect(await signposts(['next.md'], 'board')).toHaveLength(1)

    // And in the language server, started afresh on the changed dictionary.
    for (const [audience, expected] of [['public', 0], ['board', 1]] as const) {
      const client = await TestClient.start({workspaceFolder: project, settings: {dictionaries: [], audience}})
      cleanups.push(() => client.stop())
      const {diagnostics} = await client.open(fileUri(path.join(project, 'next.md')), next)
      expect(lspSignposts(diagnostics)).toHaveLength(expected)
    }

    // And in the pane, with the changed dictionary loaded as the organisation's: gone at public, shown at board.
    const pane = await word.open({paragraphs: wordParagraphs(next), settings: paneSettings('public'), storedDictionaries: [{file: 'our-words.yml', text: dictionary}]})
    expect((await pane.listed())['jargon']).toBeUndefined()
    await pane.andWaitForCheck(() => pane.page.getByLabel('Who will read it?').selectOption('board'))
    expect((await pane.listed())['jargon']).toEqual(['signpost'])
    expect(pane.errors).toEqual([])
  })
})

function lspSignposts(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === 'jargon' && (diagnostic.data as {actual?: string}).actual === 'signpost')
}
