/**
 * One substitution code path: the same finding fixed on every surface gives the same text.
 * The language server's quick fix and fix-all, the Word pane's Replace and Replace All (in
 * headless Chromium) and `plainspeak fix --write` all turn a finding into an edit through core's
 * `fixEdit`, and bulk fixes through `safeFixes`; each result here is compared with core's own.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {applyEdits, check, fixableFinding, fixEdit, safeFixes} from '@plainspeak/core'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {parseDictionary} from '../../extensions/word/test/engine.js'
import {makeFolder, runCli} from '../cli/helpers.js'
import {wordList} from '../cli/fix-words.js'
import {fileUri, TestClient} from '../language-server/helpers.js'
import {TaskPaneHarness} from '../word/harness.js'

vi.setConfig({testTimeout: 180_000})

const words = wordList('widgetise', 'fullness')

/** One paragraph: a sentence-opening term (its case kept), a phrase set off by a comma, and a use in a quotation (held back from bulk fixes). */
const paragraph = 'Widgetise the files. In the fullness of time, we widgetise more and she said “we widgetise it”.'

/** Core's own answers, which every surface must give. */
function coreAnswers() {
  const {dictionary} = parseDictionary(words, 'words.yml')
  const messages = check(paragraph, {format: 'text', audience: 'public', dictionaries: [dictionary]}).messages
  const findings = messages.map(fixableFinding)
  const first = findings.find((finding) => finding.actual === 'Widgetise')!
  const quickFix = applyEdits(paragraph, [fixEdit(paragraph, first, first.expected[0]!)!]).text
  const bulk = safeFixes(paragraph, findings, 'text').fixes
  const all = applyEdits(paragraph, bulk.map((fix) => fix.edit)).text
  const everyWidgetise = applyEdits(paragraph, bulk.filter((fix) => /widgetise/i.test(fix.finding.actual)).map((fix) => fix.edit)).text
  return {quickFix, all, everyWidgetise}
}

let dir: string
let cleanup: () => Promise<void>
const harness = new TaskPaneHarness()
let client: TestClient
const expected = coreAnswers()

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({'words.yml': words, 'paper.txt': `${paragraph}\n`}))
  await harness.start()
  client = await TestClient.start({workspaceFolder: dir, settings: {dictionaries: [path.join(dir, 'words.yml')], audience: 'public'}})
}, 180_000)

afterAll(async () => {
  await client?.stop()
  await harness.stop()
  await cleanup()
})

describe('one substitution code path', () => {
  it('core’s answers are what they should be', () => {
    expect(expected).toEqual({
      quickFix: 'Sort the files. In the fullness of time, we widgetise more and she said “we widgetise it”.',
      all: 'Sort the files. Later, we sort more and she said “we widgetise it”.',
      everyWidgetise: 'Sort the files. In the fullness of time, we sort more and she said “we widgetise it”.'
    })
  })

  it('the language server’s quick fix and fix-all give core’s text', async () => {
    const quick = fileUri(path.join(dir, 'quick.txt'))
    const {diagnostics} = await client.open(quick, `${paragraph}\n`, 'plaintext')
    const first = diagnostics.find((diagnostic) => (diagnostic.data as {actual?: string}).actual === 'Widgetise')!
    const [fix] = await client.codeActions(quick, [first])
    await client.apply(fix!.edit!, quick)
    expect(client.text(quick)).toBe(`${expected.quickFix}\n`)

    const all = fileUri(path.join(dir, 'all.txt'))
    await client.open(all, `${paragraph}\n`, 'plaintext')
    const [fixAll] = await client.codeActions(all, [], ['source.fixAll.plainspeak'])
    await client.apply(fixAll!.edit!, all)
    expect(client.text(all)).toBe(`${expected.all}\n`)
  })

  it('the Word pane’s Replace and Replace All give core’s text', async () => {
    const stored = [{file: 'words.yml', text: words}]
    const one = await harness.open({paragraphs: [{text: paragraph}], storedDictionaries: stored})
    await one.check()
    const item = await one.choose('jargon', 'Widgetise')
    await one.andWaitForCheck(() => item.getByRole('button', {name: 'Replace with “Sort”'}).click())
    expect((await one.snapshot()).paragraphs[0]!.text).toBe(expected.quickFix)

    const every = await harness.open({paragraphs: [{text: paragraph}], storedDictionaries: stored})
    await every.check()
    const term = await every.choose('jargon', 'Widgetise')
    await every.andWaitForCheck(() => term.getByRole('button', {name: /^Replace all 2 “widgetise” with/}).click())
    expect((await every.snapshot()).paragraphs[0]!.text).toBe(expected.everyWidgetise)
  })

  it('plainspeak fix --write gives core’s text', async () => {
    const result = await runCli(['fix', '--write', '--dictionary', 'words.yml', 'paper.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(await readFile(path.join(dir, 'paper.txt'), 'utf8')).toBe(`${expected.all}\n`)
    await writeFile(path.join(dir, 'paper.txt'), `${paragraph}\n`)
  })
})
