/**
 * Adding a rule is one module plus one registry line. This test adds a rule from a fixture
 * module (fixtures/outside-rule/greeting-rule.mjs) and sees it whole on every surface: its
 * label, its defaults per audience, its quick fix and its docs (in SARIF's list of rules and the
 * HTML report too), with no surface edited for it.
 * In this process the rule is registered with `registerRule`; the CLI and the language server
 * are separate processes (with worker threads), so they preload register.mjs with `--import`.
 */
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {check, registerRule, rules, type Rule} from '@plainspeak/core'
import {remark} from 'remark'
import remarkPlainspeak from 'remark-plainspeak'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {viewFor} from '../../extensions/word/src/findings.js'
import {makeFolder, parseJsonReport, runCli} from '../cli/helpers.js'
import {TestClient, fileUri, temporaryFolder, type Diagnostic} from '../language-server/helpers.js'
import {greetingRule} from './fixtures/outside-rule/greeting-rule.mjs'

const preload = `--import=${fileURLToPath(new URL('fixtures/outside-rule/register.mjs', import.meta.url))}`
const letter = 'Dear Sam,\n\nHowdy from the housing team. We got your form.\n'
const id = 'fixture-greeting'

beforeAll(() => registerRule(greetingRule))

describe('a rule from a fixture module', () => {
  it('runs in core with its defaults per audience, its quick fix, group and docs link', () => {
    expect((rules as Record<string, Rule>)[id]!.summary).toContain('Casual greetings')
    const [finding, ...rest] = check(letter, {docsUrl: 'https://example.org/rules/{rule}'}).messages.filter((message) => message.ruleId === id)
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      severity: 'warning',
      actual: 'Howdy',
      expected: ['hello'],
      url: 'https://example.org/rules/fixture-greeting',
      subject: {kind: 'term', text: 'howdy'},
      data: {word: 'Howdy', group: {id: 'fixture-greeting:howdy', count: 1, ordinal: 1}}
    })
    // Its own default for staff is `off`; a user's setting wins over its default.
    expect(check(letter, {audience: 'staff'}).messages.some((message) => message.ruleId === id)).toBe(false)
    expect(check(letter, {audience: 'staff', rules: {[id]: 'info'} as never}).messages.find((message) => message.ruleId === id)?.severity).toBe('info')
  })

  it('has its label and order in the Word pane', () => {
    expect(viewFor(id)).toMatchObject({label: 'Casual greetings', order: 10})
    expect(viewFor(id).replaceLabel('hello')).toBe('Replace with “hello”')
  })

  it('reaches remark unchanged', async () => {
    const file = await remark().use(remarkPlainspeak).process(letter)
    expect(file.messages.filter((message) => message.ruleId === id).map((message) => [message.reason, message.url])).toEqual([
      ['Use “hello” instead of “Howdy”.', expect.stringMatching(/#fixture-greeting$/)]
    ])
  })

  it('reaches the CLI as a child process (json), on its worker threads too', async () => {
    const {dir, cleanup} = await makeFolder({'letter.txt': letter, 'reply.txt': letter})
    try {
      const result = await runCli(['check', '--format', 'json', '--jobs', '2', 'letter.txt', 'reply.txt'], {cwd: dir, env: {NODE_OPTIONS: preload}})
      expect(result.stderr).toBe('')
      const files = parseJsonReport(result.stdout)
      expect(files).toHaveLength(2)
      for (const file of files) {
        expect(file.messages.filter((message) => message.ruleId === id)).toEqual([
          expect.objectContaining({severity: 'warning', actual: 'Howdy', expected: ['hello'], url: expect.stringMatching(/#fixture-greeting$/)})
        ])
      }
    } finally {
      await cleanup()
    }
  })

  it('is in the SARIF log’s list of rules, with its results pointing at it, and in the HTML report', async () => {
    const {dir, cleanup} = await makeFolder({'letter.txt': letter})
    try {
      const sarif = await runCli(['check', '--format', 'sarif', 'letter.txt'], {cwd: dir, env: {NODE_OPTIONS: preload}})
      expect(sarif.stderr).toBe('')
      const run = JSON.parse(sarif.stdout).runs[0]
      const listed = run.tool.driver.rules as Array<{id: string; shortDescription: {text: string}; defaultConfiguration: {level: string}}>
      const index = listed.findIndex((rule) => rule.id === id)
      // After the built-in rules, in registry order.
      expect(index).toBe(listed.length - 1)
      expect(listed[index]).toMatchObject({shortDescription: {text: greetingRule.summary}, defaultConfiguration: {level: 'warning'}})
      expect(run.results.filter((result: {ruleId: string}) => result.ruleId === id)).toEqual([expect.objectContaining({ruleIndex: index})])

      const report = await runCli(['check', '--format', 'html', '--output', 'report.html', 'letter.txt'], {cwd: dir, env: {NODE_OPTIONS: preload}})
      expect(report.stderr).toBe('')
      const page = await readFile(`${dir}/report.html`, 'utf8')
      // In the chart of findings per rule and its table, and in "About the rules".
      expect(page).toContain(`<th scope="row">${id}</th><td>Casual greetings (“howdy”) in formal letters: say “hello”.</td><td class="num">1</td>`)
      expect(page).toContain(`<section id="rule-${id}" aria-labelledby="rule-${id}-heading"><h3 id="rule-${id}-heading">${id}</h3>`)
    } finally {
      await cleanup()
    }
  })
})

describe('a rule from a fixture module in the language server', () => {
  let client: TestClient
  beforeAll(async () => {
    const saved = process.env['NODE_OPTIONS']
    process.env['NODE_OPTIONS'] = preload
    try {
      client = await TestClient.start({workspaceFolder: temporaryFolder()})
    } finally {
      if (saved === undefined) delete process.env['NODE_OPTIONS']
      else process.env['NODE_OPTIONS'] = saved
    }
  })
  afterAll(() => client?.stop())

  it('publishes its diagnostic with its docs link and offers its quick fix', async () => {
    const uri = fileUri(`${temporaryFolder()}/letter.md`)
    const {diagnostics} = await client.open(uri, letter)
    const greeting = diagnostics.find((diagnostic: Diagnostic) => diagnostic.code === id)
    expect(greeting).toMatchObject({message: 'Use “hello” instead of “Howdy”.', codeDescription: {href: expect.stringMatching(/#fixture-greeting$/)}})
    const actions = await client.codeActions(uri, [greeting!])
    expect(actions[0]).toMatchObject({title: 'Replace “Howdy” with “hello”', isPreferred: true})
  })
})
