/**
 * The language server against the same attacks, through its protocol: a downloaded folder whose
 * config names secret files, whose layout loops, whose documents are built to stall a parser,
 * and requests that ask the server to write outside the workspace. Nothing leaks into
 * diagnostics or messages, nothing is written outside the workspace folders, and every answer
 * arrives within a bound.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {markdownShapes} from './attacks.js'
import {bounds, paper, project, secret, snapshot, type Project} from './helpers.js'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {fileUri, LspClient} from './lsp.js'

vi.setConfig({testTimeout: 180_000})

interface Client {
  received: Array<{method: string; params: {uri?: string; diagnostics?: Array<{message: string}>; message?: string}}>
  everything(): string
  open(file: string, text: string, languageId?: string, timeoutMs?: number): Promise<{diagnostics: Array<{message: string; code?: string}>}>
  waitFor(method: string, predicate?: (params: {uri?: string}) => boolean, timeoutMs?: number): Promise<unknown>
  command(command: string, argument?: unknown): Promise<unknown>
  stop(): Promise<{code: number | null; signal: string | null}>
}

const peakPreload = fileURLToPath(new URL('peak-memory.cjs', import.meta.url))
let made: Project | undefined
let client: Client | undefined
let peakFile = ''

async function start(folders: string[], settings: Record<string, unknown> = {}): Promise<Client> {
  peakFile = path.join(tmpdir(), `plainspeak-ls-peak-${process.pid}-${Math.random().toString(36).slice(2)}`)
  client = (await LspClient.start({
    workspaceFolders: folders,
    settings,
    env: {PLAINSPEAK_TEST_SECRET: secret, PLAINSPEAK_PEAK_FILE: peakFile, NODE_OPTIONS: `--require ${peakPreload}`}
  })) as Client
  return client
}

/** Stops the server and checks it leaked nothing and stayed within the memory bound. */
async function stopContained(): Promise<void> {
  const everything = client!.everything()
  const exit = await client!.stop()
  client = undefined
  expect(exit.signal).toBeNull()
  expect(everything).not.toContain(secret)
  expect(everything).not.toMatch(/root:x?:0:0|PATH=\//)
  const peakMb = Math.round(Number(await readFile(peakFile, 'utf8')) / 1024)
  await rm(peakFile, {force: true})
  expect(peakMb).toBeLessThan(bounds.peakMb)
}

afterEach(async () => {
  if (client) await client.stop()
  client = undefined
  await made?.cleanup()
  made = undefined
})

const allow = 'plainspeak.server.addToAllowList'
const workspaceCheck = 'plainspeak.server.checkWorkspace'

describe('a config naming secret files', () => {
  it('publishes a located refusal, never the files’ contents', async () => {
    made = await project({'paper.md': paper})
    await writeFile(path.join(made.dir, '.plainspeakrc.json'), JSON.stringify({dictionaries: ['/etc/passwd', '/proc/self/environ', made.secretFile]}))
    await start([made.dir])
    const {diagnostics} = await client!.open(path.join(made.dir, 'paper.md'), paper)
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/^Plainspeak cannot use .*\.plainspeakrc\.json:1:18: `dictionaries` names \/etc\/passwd which is outside this project/)
    ])
    await stopContained()
  })

  it('a named pipe as a dictionary in the project: diagnostics arrive, no hang', async () => {
    made = await project({'paper.md': paper, '.plainspeakrc.json': '{"dictionaries": ["words.yml"]}'})
    execFileSync('mkfifo', [path.join(made.dir, 'words.yml')])
    await start([made.dir])
    const started = performance.now()
    const {diagnostics} = await client!.open(path.join(made.dir, 'paper.md'), paper, 'markdown', 20_000)
    expect(performance.now() - started).toBeLessThan(bounds.seconds * 1000)
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      `Plainspeak left out dictionary entries with errors (1 in ${path.join(made.dir, 'words.yml')}); fix them to use those entries.`
    )
    const onDictionary = (await client!.waitFor('textDocument/publishDiagnostics', (params) => params.uri === fileUri(path.join(made!.dir, 'words.yml')))) as {diagnostics: Array<{message: string}>}
    expect(onDictionary.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.'])
    await stopContained()
  })
})

describe('add to allow list writes only inside the workspace', () => {
  it('refuses a URI outside the workspace folders, and writes nothing', async () => {
    made = await project({'paper.md': paper})
    await start([made.dir])
    const answer = await client!.command(allow, {uri: fileUri(path.join(made.outside, 'elsewhere.md')), term: 'signpost'})
    expect(answer).toBeNull()
    expect(await readdir(made.outside)).toEqual(['secret.yml'])
    const shown = (await client!.waitFor('window/showMessageRequest')) as {message: string}
    expect(shown.message).toBe(`Plainspeak: ${path.join(made.outside, 'elsewhere.md')} is outside the open folders, so Plainspeak will not write a project file for it.`)
    await stopContained()
  })

  it('refuses a project file above the workspace, or one linked out of it, and changes neither', async () => {
    made = await project({'sub/paper.md': paper})
    const above = path.join(made.dir, '.plainspeakrc.json')
    await writeFile(above, '{"audience": "board"}\n')
    const files = await snapshot([above, made.secretFile])
    await start([path.join(made.dir, 'sub')])
    expect(await client!.command(allow, {uri: fileUri(path.join(made.dir, 'sub/paper.md')), term: 'signpost'})).toBeNull()
    const refused = (await client!.waitFor('window/showMessageRequest')) as {message: string}
    expect(refused.message).toBe(`Plainspeak: Plainspeak writes only to project files inside the open folders, and ${above} is outside them. Open the project's folder, or add the term to its config file by hand.`)
    await stopContained()

    // A project file in the workspace that is a link to a file outside it.
    await rm(above)
    await symlink(made.secretFile, path.join(made.dir, 'sub/.plainspeakrc.yml'))
    await start([path.join(made.dir, 'sub')])
    expect(await client!.command(allow, {uri: fileUri(path.join(made.dir, 'sub/paper.md')), term: 'signpost'})).toBeNull()
    await stopContained()
    await writeFile(above, '{"audience": "board"}\n')
    await files.unchanged()
  })

  it('with no folder open, writes nothing', async () => {
    made = await project({'paper.md': paper})
    await start([])
    expect(await client!.command(allow, {uri: fileUri(path.join(made.dir, 'paper.md')), term: 'signpost'})).toBeNull()
    expect(existsSync(path.join(made.dir, '.plainspeakrc.json'))).toBe(false)
    await stopContained()
  })

  it('still adds a term inside the workspace', async () => {
    made = await project({'paper.md': paper})
    await start([made.dir])
    expect(await client!.command(allow, {uri: fileUri(path.join(made.dir, 'paper.md')), term: 'signpost'})).toEqual({file: path.join(made.dir, '.plainspeakrc.json'), created: true, added: true})
    await stopContained()
  })
})

describe('check workspace on a hostile folder', () => {
  it('a loop of links and links out: each file once, nothing outside read', async () => {
    made = await project({'docs/a.md': paper, 'docs/sub/b.md': paper})
    await symlink('..', path.join(made.dir, 'docs/sub/loop'))
    await symlink('/etc/passwd', path.join(made.dir, 'docs/passwd.md'))
    await symlink(made.secretFile, path.join(made.dir, 'docs/secret.md'))
    execFileSync('mkfifo', [path.join(made.dir, 'docs/pipe.md')])
    await start([made.dir, path.join(made.dir, 'docs')])
    const answer = await client!.command(workspaceCheck)
    expect(answer).toMatchObject({files: 2, findings: 2, skipped: 0})
    const published = client!.received.filter((item) => item.method === 'textDocument/publishDiagnostics').map((item) => path.relative(made!.dir, fileURLToPath(item.params.uri!)))
    expect(published.sort()).toEqual(['docs/a.md', 'docs/sub/b.md'])
    await stopContained()
  })

  it('Markdown built to stall the parser is checked within the bound', async () => {
    made = await project({'lists.md': markdownShapes.nestedLists(1000), 'brackets.md': markdownShapes.brackets(50_000), 'good.md': paper})
    await start([made.dir])
    const started = performance.now()
    const answer = (await client!.command(workspaceCheck)) as {files: number}
    expect(answer.files).toBe(3)
    expect(performance.now() - started).toBeLessThan(bounds.seconds * 1000)
    const {diagnostics} = await client!.open(path.join(made.dir, 'other.md'), markdownShapes.nestedListsOneLine(5000), 'markdown', 30_000)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
    await stopContained()
  })
})
