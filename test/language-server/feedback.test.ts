/**
 * "Not useful here" over the protocol: every finding in a workspace file offers it, with the
 * reason as an optional choice; the command records the dismissal in the workspace folder's
 * `.plainspeak/feedback.yml` (never outside it, never the text) and the finding disappears.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {fileUri, summary, temporaryFolder, TestClient, type Diagnostic} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const text = '# Our plan\n\nWe will signpost families to support. Private note about the Khan household.\n\nStaff also signpost carers.\n'
const signposts = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'jargon' && (diagnostic.data as {actual?: string}).actual === 'signpost')

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function workspace(): Promise<{project: string; client: TestClient}> {
  const project = temporaryFolder()
  cleanups.push(() => rmSync(project, {recursive: true, force: true}))
  const client = await TestClient.start({workspaceFolder: project})
  cleanups.push(() => client.stop())
  return {project, client}
}

describe('Not useful here', () => {
  it('offers the action on every finding, with each reason for the one under the cursor', async () => {
    const {project, client} = await workspace()
    const uri = fileUri(path.join(project, 'paper.md'))
    const {diagnostics} = await client.open(uri, text)
    expect(diagnostics.length).toBeGreaterThan(1)
    for (const diagnostic of diagnostics) {
      const titles = (await client.codeActions(uri, [diagnostic])).map((action) => action.title).filter((title) => title.startsWith('Not useful here'))
      expect(titles).toEqual(['Not useful here', 'Not useful here: readers know this word', 'Not useful here: wrong meaning here', 'Not useful here: not a sentence', 'Not useful here: other'])
    }
  })

  it('records the dismissal in the workspace folder, without the text, and the finding disappears there only', async () => {
    const {project, client} = await workspace()
    const uri = fileUri(path.join(project, 'notes', 'paper.md'))
    const {diagnostics} = await client.open(uri, text)
    const [first, second] = signposts(diagnostics)
    const action = (await client.codeActions(uri, [first!])).find((item) => item.title === 'Not useful here: readers know this word')!
    const fingerprint = (first!.data as {fingerprint: string}).fingerprint
    expect(action.command).toEqual({
      title: action.title,
      command: 'plainspeak.server.dismiss',
      arguments: [{uri, fingerprint, rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know'}]
    })

    const rechecked = client.diagnostics(uri, 1)
    const result = await client.connection.sendRequest('workspace/executeCommand', {command: action.command!.command, arguments: action.command!.arguments})
    const record = path.join(project, '.plainspeak', 'feedback.yml')
    expect(result).toEqual({file: record})
    const written = readFileSync(record, 'utf8')
    expect(written).toContain(`- rule: jargon\n  term: signpost\n  audience: public\n  reason: readers-know\n`)
    expect(written).toContain(`fingerprint: "${fingerprint}"`)
    for (const words of ['families', 'Khan', 'household', 'Private', 'Our plan']) expect(written).not.toContain(words)

    const after = signposts((await rechecked).diagnostics)
    expect(after.map((diagnostic) => diagnostic.range)).toEqual([second!.range])

    // An edit in another paragraph keeps it dismissed; the same word elsewhere is still shown.
    const edited = await client.change(uri, text.replace('# Our plan\n', '# Our plan\n\nA new opening paragraph.\n'))
    expect(signposts(edited.diagnostics)).toHaveLength(1)
    expect(summary(edited.diagnostics)).toContain('jargon: signpost')
  })

  it('never writes outside the workspace folder, whatever URI the command names', async () => {
    const {project, client} = await workspace()
    const outside = temporaryFolder()
    cleanups.push(() => rmSync(outside, {recursive: true, force: true}))
    const uri = fileUri(path.join(outside, 'paper.md'))
    const messages: string[] = []
    client.connection.onRequest('window/showMessageRequest', (params: {message: string}) => {
      messages.push(params.message)
      return null
    })
    const result = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'plainspeak.server.dismiss',
      arguments: [{uri, fingerprint: '0123456789abcdef', rule: 'jargon', term: 'signpost', audience: 'public'}]
    })
    expect(result).toBeNull()
    expect(messages).toEqual([expect.stringContaining('writes its record only inside the open folders')])
    expect(existsSync(path.join(outside, '.plainspeak'))).toBe(false)
    expect(existsSync(path.join(project, '.plainspeak'))).toBe(false)

    // Arguments that do not describe a finding are refused, and nothing is written.
    const inside = fileUri(path.join(project, 'paper.md'))
    for (const argument of [{uri: inside, fingerprint: 'the text itself', rule: 'jargon', audience: 'public'}, {uri: inside, fingerprint: '0123456789abcdef', rule: 'jargon', audience: 'everyone'}, {uri: inside, fingerprint: '0123456789abcdef', rule: 'jargon', audience: 'public', reason: 'boring'}]) {
      expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.dismiss', arguments: [argument]})).toBeNull()
    }
    expect(existsSync(path.join(project, '.plainspeak'))).toBe(false)
  })

  it('names a malformed record at its line and column, and still checks', async () => {
    const {project, client} = await workspace()
    mkdirSync(path.join(project, '.plainspeak'))
    writeFileSync(path.join(project, '.plainspeak', 'feedback.yml'), '- rule: jargon\n  audience: public\n  date: "2026-12-07"\n  fingerprint: "not hex"\n')
    const uri = fileUri(path.join(project, 'paper.md'))
    const {diagnostics} = await client.open(uri, text)
    const problem = diagnostics.find((diagnostic) => diagnostic.code === 'feedback')
    expect(problem?.message).toBe(`Plainspeak cannot use ${path.join(project, '.plainspeak', 'feedback.yml')}:4:16: Expected 16 hex digits for \`fingerprint\`, as \`plainspeak check --format json\` prints them.`)
    expect(signposts(diagnostics)).toHaveLength(2)
  })
})
