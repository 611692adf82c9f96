/**
 * The language server's budgets, through its protocol: a document over the size limit, a
 * document slow enough to hold a worker for minutes, a check past its time limit, and "check
 * workspace" in a folder whose ignore file takes seconds to apply. Each gets an answer that says
 * why, nothing leaks, memory stays bounded, and other documents and hovers are answered meanwhile.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {bounds, secret} from './helpers.js'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {fileUri, LspClient} from './lsp.js'

vi.setConfig({testTimeout: 180_000})

interface Diagnostic {
  message: string
  code?: string
}

interface Client {
  settings: Record<string, unknown>
  everything(): string
  open(file: string, text: string, languageId?: string, timeoutMs?: number): Promise<{diagnostics: Diagnostic[]}>
  diagnostics(uri: string, timeoutMs?: number): Promise<{diagnostics: Diagnostic[]}>
  command(command: string, argument?: unknown): Promise<unknown>
  connection: {sendRequest(method: string, params: unknown): Promise<unknown>; sendNotification(method: string, params: unknown): Promise<void>}
  stop(): Promise<{code: number | null; signal: string | null}>
}

const peakPreload = fileURLToPath(new URL('peak-memory.cjs', import.meta.url))
let client: Client | undefined
let folder: string | undefined
let peakFile = ''

async function start(settings: Record<string, unknown> = {}): Promise<Client> {
  folder = await mkdtemp(path.join(tmpdir(), 'plainspeak-ls-budgets-'))
  peakFile = path.join(tmpdir(), `plainspeak-ls-peak-${process.pid}-${Math.random().toString(36).slice(2)}`)
  client = (await LspClient.start({
    workspaceFolders: [folder],
    settings,
    env: {PLAINSPEAK_TEST_SECRET: secret, PLAINSPEAK_PEAK_FILE: peakFile, NODE_OPTIONS: `--require ${peakPreload}`}
  })) as Client
  return client
}

/** Stops the server; it must have leaked nothing and stayed under `peakMb`. Resolves with its peak memory. */
async function stopContained(peakMb = bounds.peakMb): Promise<number> {
  const everything = client!.everything()
  const exit = await client!.stop()
  client = undefined
  expect(exit.signal).toBeNull()
  expect(everything).not.toContain(secret)
  const peak = Math.round(Number(await readFile(peakFile, 'utf8')) / 1024)
  await rm(peakFile, {force: true})
  expect(peak).toBeLessThan(peakMb)
  return peak
}

afterEach(async () => {
  if (client) await client.stop()
  client = undefined
  if (folder) await rm(folder, {recursive: true, force: true})
  folder = undefined
})

const small = 'We will signpost residents.\n'
/** A paragraph of `We **x** ` repeated: quadratic in the Markdown parser of this build (a 900 KB one takes minutes). */
const slowParagraph = (bytes: number) => 'We **x** '.repeat(Math.round(bytes / 9))
/** Milliseconds `promise` takes. */
async function timed<T>(promise: Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const value = await promise
  return [value, performance.now() - started]
}
const hoverAt = (uri: string) => client!.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 10}})

describe('the language server’s size limit', () => {
  it('answers a document over the size limit with one diagnostic saying why, in the command’s words, without checking it', async () => {
    await start()
    // 8 MB of prose: over the 5 MB default limit (the command's `--max-file-size`).
    const text = 'We signpost residents to the JSNA team. '.repeat(200_000)
    const [{diagnostics}, ms] = await timed(client!.open(path.join(folder!, 'large.md'), text))
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'too-large',
        message: 'This document is 8 MB, over the 5 MB limit, so Plainspeak did not check it. Split it into smaller files, or raise the limit with the `plainspeak.maxFileSize` setting.'
      })
    ])
    expect(ms).toBeLessThan(15_000)
    // The server still checks other documents.
    const other = await client!.open(path.join(folder!, 'small.md'), small)
    expect(other.diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
    // Checking 8 MB in full takes well over a gigabyte; refusing it costs little beyond holding the text.
    await stopContained(700)
  })

  it('takes the limit from `plainspeak.maxFileSize`, and reports a bad limit setting on the document', async () => {
    await start({maxFileSize: 0.001, timeout: 'soon'})
    const {diagnostics} = await client!.open(path.join(folder!, 'two-kb.md'), small.repeat(80))
    expect(diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`)).toEqual([
      'settings: Plainspeak setting: unexpected value `"soon"` for `plainspeak.timeout`, expected a time in seconds from 0.1 to 86400, such as 120 or 0.5. Plainspeak uses 120 until it is fixed.',
      'too-large: This document is 2.2 KB, over the 1 KB limit, so Plainspeak did not check it. Split it into smaller files, or raise the limit with the `plainspeak.maxFileSize` setting.'
    ])
    await stopContained()
  })
})

describe('the language server’s time budget', () => {
  it('does not let a slow document delay another document’s diagnostics', async () => {
    await start()
    await client!.open(path.join(folder!, 'first.md'), small)
    const slowFile = path.join(folder!, 'slow.md')
    // 4.5 MB of findings-dense prose: seconds of work on any build (the slow inline shapes are linear now).
    const prose = 'The council will utilise the hub to signpost residents going forward, and the board is asked to note it.\n\n'
    const slow = client!.open(slowFile, prose.repeat(Math.ceil(4_500_000 / prose.length)), 'markdown', 300_000)
    let slowDone = false
    void slow.then(() => (slowDone = true), () => undefined)
    // Let the slow check start, then open a small document: its diagnostics must not wait.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const [{diagnostics}, ms] = await timed(client!.open(path.join(folder!, 'second.md'), small))
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
    expect(ms).toBeLessThan(10_000)
    // Hovers too.
    const [hover, hoverMs] = await timed(hoverAt(fileUri(path.join(folder!, 'second.md'))))
    expect(hover).toMatchObject({contents: {value: expect.stringMatching(/\S/)}})
    expect(hoverMs).toBeLessThan(5000)
    // The big document is still being checked.
    expect(slowDone).toBe(false)
    await stopContained()
  })

  it('stops a check that passes `plainspeak.timeout` with a diagnostic saying so, and keeps serving', async () => {
    await start({timeout: 0.1})
    await client!.open(path.join(folder!, 'first.md'), small)
    // 3 MB of ordinary findings-dense prose: seconds of work, far past a tenth of a second
    // (the slow inline shapes are linear now, so they no longer make a check slow).
    const prose = 'The council will utilise the hub to signpost residents going forward, and the board is asked to note it.\n\n'
    const [{diagnostics}, ms] = await timed(client!.open(path.join(folder!, 'slow.md'), prose.repeat(Math.ceil(3_000_000 / prose.length)), 'markdown', 60_000))
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'timeout',
        message: 'Checking this document took longer than 0.10 s, the limit for one document, so Plainspeak stopped. Split it into smaller files, or raise the limit with the `plainspeak.timeout` setting.'
      })
    ])
    expect(ms).toBeLessThan(20_000)
    // A fresh worker takes the next check. It loads the dictionaries cold, which on a loaded
    // machine can itself take longer than a tenth of a second: the limit is raised first (with the
    // slow document closed), so what is tested is that the server serves again, not the machine's speed.
    await client!.connection.sendNotification('textDocument/didClose', {textDocument: {uri: fileUri(path.join(folder!, 'slow.md'))}})
    client!.settings.timeout = 120
    await client!.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    const after = await client!.open(path.join(folder!, 'after.md'), 'We utilise the budget.\n')
    expect(after.diagnostics.map((diagnostic) => diagnostic.code)).toContain('jargon')
    const hover = await hoverAt(fileUri(path.join(folder!, 'after.md')))
    expect(hover).toMatchObject({contents: {value: expect.stringMatching(/\S/)}})
    await stopContained()
  })
})

describe('check workspace', () => {
  it('walks the folder off the main thread: hovers are answered while a long ignore file is applied', async () => {
    await start()
    // Each pattern is matched against every path: 1,500 of them take seconds for 600 files.
    await writeFile(path.join(folder!, '.gitignore'), Array.from({length: 1500}, (_, index) => `notes-${index}/**/draft-${index}-*.md`).join('\n'))
    for (let index = 0; index < 600; index++) await writeFile(path.join(folder!, `doc-${index}.md`), 'We utilise it.\n')
    const open = path.join(folder!, 'open.md')
    await client!.open(open, small)
    // The findings behind hovers reach the main thread a moment after the diagnostics.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const walkStarted = performance.now()
    let walkMs = 0
    const walked = client!.command('plainspeak.server.checkWorkspace').then((result) => {
      walkMs = performance.now() - walkStarted
      return result
    })
    // Hovers every 200 ms until the command answers: on a server that walks on its main thread, one waits seconds.
    const hoverMs: number[] = []
    while (walkMs === 0 && hoverMs.length < 300) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const [hover, ms] = await timed(hoverAt(fileUri(open)))
      expect(hover).toMatchObject({contents: {value: expect.stringMatching(/\S/)}})
      hoverMs.push(ms)
    }
    const result = await walked
    // The open document is not on disk: the walk finds the 600 others.
    expect(result).toMatchObject({files: 600, skipped: 0})
    // The walk took seconds; every hover was answered in a fraction of that.
    expect(walkMs).toBeGreaterThan(1500)
    expect(Math.max(...hoverMs)).toBeLessThan(1000)
    await stopContained()
  })

  it('stops a walk that passes the time limit, with a message saying so', async () => {
    await start({timeout: 0.1})
    await writeFile(path.join(folder!, '.gitignore'), Array.from({length: 1500}, (_, index) => `notes-${index}/**/draft-${index}-*.md`).join('\n'))
    for (let index = 0; index < 600; index++) await writeFile(path.join(folder!, `doc-${index}.md`), 'We utilise it.\n')
    const [result, ms] = await timed(client!.command('plainspeak.server.checkWorkspace'))
    expect(result).toMatchObject({files: 0, stopped: expect.stringMatching(/^Plainspeak stopped looking for files after 0\.10? s, the limit for one check/)})
    expect(ms).toBeLessThan(10_000)
    await stopContained()
  })
})
