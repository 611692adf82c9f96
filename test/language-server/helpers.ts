/**
 * A small LSP client for the protocol tests: spawns the built server over stdio and waits on
 * notifications with promises (no sleeps). Build first: `pnpm --filter @plainspeak/language-server build`.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdtempSync, realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type * as LSP from '../../packages/language-server/node_modules/vscode-languageserver-protocol/lib/node/main.js'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const serverPath = path.join(repoRoot, 'packages/language-server/dist/bin.js')
export const fixtureDictionary = path.join(repoRoot, 'test/language-server/fixtures/dictionary')

// The protocol package is a dependency of the server package, not of the workspace root.
const requireFromServer = createRequire(path.join(repoRoot, 'packages/language-server/package.json'))
export const protocol = requireFromServer('vscode-languageserver-protocol/node') as typeof LSP

export type Diagnostic = LSP.Diagnostic
export type PublishDiagnosticsParams = LSP.PublishDiagnosticsParams
export type CodeAction = LSP.CodeAction
export type TextEdit = LSP.TextEdit
export type WorkspaceEdit = LSP.WorkspaceEdit

export interface StatsParams {
  uri: string
  version: number | null
  stats: {readingAge: number | null; targetReadingAge: number; words: number; sections: Array<{heading: string | null; readingAge: number | null}>; acronyms: Array<{acronym: string; expansion: string | null}>} | null
  moreSections: number
  findings: {total: number; error: number; warning: number; info: number; suggestions: number; byRule: Record<string, number>}
  elapsedMs: number
}

export function temporaryFolder(prefix = 'plainspeak-ls-'): string {
  return realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)))
}

export const fileUri = (file: string) => pathToFileURL(file).href

export interface ClientOptions {
  /** `plainspeak.*` settings answered to `workspace/configuration` (`suggestions: true` unless given). */
  settings?: Record<string, unknown>
  workspaceFolder?: string
  debounce?: number
  /** Advertise versioned workspace edits (`documentChanges`). */
  documentChanges?: boolean
}

type Listener = (method: string, params: unknown) => boolean

export class TestClient {
  readonly connection: LSP.ProtocolConnection
  settings: Record<string, unknown>
  stderr = ''
  readonly exited: Promise<number | null>
  private readonly listeners = new Set<Listener>()
  private configurationGate: Promise<void> | undefined
  private configurationRequested: (() => void) | undefined
  private readonly versions = new Map<string, number>()
  private readonly texts = new Map<string, string>()

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    options: ClientOptions
  ) {
    // Every finding, suggestions too: these tests are about the protocol, not about which findings
    // the judged table puts in the default view (server.test.ts tests the setting off, as shipped).
    this.settings = {dictionaries: [fixtureDictionary], suggestions: true, ...options.settings}
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    this.connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin))
    this.connection.onNotification((method: string, params: unknown) => {
      for (const listener of [...this.listeners]) if (listener(method, params)) this.listeners.delete(listener)
    })
    this.connection.onRequest('workspace/configuration', async (params: LSP.ConfigurationParams) => {
      this.configurationRequested?.()
      await this.configurationGate
      return params.items.map(() => this.settings)
    })
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('window/showMessageRequest', () => null)
    this.connection.listen()
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [serverPath, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    const client = new TestClient(child, options)
    const folder = options.workspaceFolder
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{uri: fileUri(folder), name: 'test'}] : null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: {dynamicRegistration: true},
          didChangeWatchedFiles: {dynamicRegistration: true},
          workspaceEdit: {documentChanges: options.documentChanges ?? true},
          workspaceFolders: true
        },
        textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source']}}}}
      },
      initializationOptions: {debounce: options.debounce ?? 250}
    })
    await client.connection.sendNotification('initialized', {})
    return client
  }

  /**
   * Holds back answers to `workspace/configuration` until `release()`: the server's check is then
   * suspended at a known point. `requested` resolves when the server asks.
   */
  holdConfiguration(): {requested: Promise<void>; release(): void} {
    let release!: () => void
    this.configurationGate = new Promise((resolve) => (release = resolve))
    const requested = new Promise<void>((resolve) => (this.configurationRequested = resolve))
    return {
      requested,
      release: () => {
        this.configurationGate = undefined
        this.configurationRequested = undefined
        release()
      }
    }
  }

  /** Resolves with the first notification of `method` that `predicate` accepts from now on. */
  waitFor<T>(method: string, predicate: (params: T) => boolean = () => true, timeoutMs = 60_000, after?: Promise<unknown>): Promise<T> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      let done = false
      const startTimer = () => {
        if (done) return
        timer = setTimeout(() => {
          this.listeners.delete(listener)
          reject(new Error(`No ${method} notification within ${timeoutMs} ms${after ? ' of the event it follows' : ''}.\nServer stderr:\n${this.stderr}`))
        }, timeoutMs)
      }
      // A notification that follows another (statistics after diagnostics) is given its time from that event on.
      if (after) after.then(startTimer, startTimer)
      else startTimer()
      const listener: Listener = (received, params) => {
        if (received !== method || !predicate(params as T)) return false
        done = true
        clearTimeout(timer)
        resolve(params as T)
        return true
      }
      this.listeners.add(listener)
    })
  }

  /** Collects every notification of `method` until stopped. */
  collect<T>(method: string): {items: T[]; stop(): void} {
    const items: T[] = []
    const listener: Listener = (received, params) => {
      if (received === method) items.push(params as T)
      return false
    }
    this.listeners.add(listener)
    return {items, stop: () => this.listeners.delete(listener)}
  }

  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === uri && (version === undefined || params.version === version), timeoutMs)
  }

  /** The statistics of a check; with `after`, waited for from that event on (the diagnostics they follow). */
  stats(uri: string, version?: number, after?: Promise<unknown>): Promise<StatsParams> {
    return this.waitFor<StatsParams>('plainspeak/stats', (params) => params.uri === uri && (version === undefined || params.version === version), undefined, after)
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, languageId = 'markdown', timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, 1, timeoutMs)
    this.versions.set(uri, 1)
    this.texts.set(uri, text)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return published
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? ''
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0
  }

  /** Replaces the whole text; resolves with the new version's diagnostics unless `wait` is false. */
  async change(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const version = this.version(uri) + 1
    const published = this.diagnostics(uri, version)
    this.versions.set(uri, version)
    this.texts.set(uri, text)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    return published
  }

  /** Sends a change without waiting for its diagnostics. */
  async changeQuietly(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1
    this.versions.set(uri, version)
    this.texts.set(uri, text)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
    return version
  }

  /** Applies a workspace edit to our copy of the document and sends it as a change, as an editor would. */
  async apply(edit: WorkspaceEdit, uri: string): Promise<PublishDiagnosticsParams> {
    const edits = edit.documentChanges
      ? edit.documentChanges.flatMap((change) => ('edits' in change && change.textDocument.uri === uri ? change.edits : []))
      : (edit.changes?.[uri] ?? [])
    return this.change(uri, applyEdits(this.text(uri), edits as TextEdit[]))
  }

  /** Code actions for `diagnostics`, asked at `at` (default: the first diagnostic's range, as from the Problems panel). */
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[], at?: Diagnostic['range']): Promise<CodeAction[]> {
    const range = at ?? diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    return this.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics, ...(only ? {only} : {})}}) as Promise<CodeAction[]>
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), this.exited])
        await this.connection.sendNotification('exit')
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000)
    await this.exited
    clearTimeout(timer)
    this.connection.dispose()
  }
}

/** Offsets of a 0-based position in a text (lines break at \n, \r\n or \r, as in LSP). */
export function offsetAt(text: string, position: {line: number; character: number}): number {
  let line = 0
  let offset = 0
  while (line < position.line && offset < text.length) {
    const char = text[offset]
    offset++
    if (char === '\r' && text[offset] === '\n') offset++
    if (char === '\n' || char === '\r') line++
  }
  return offset + position.character
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const placed = edits.map((edit) => ({start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), text: edit.newText}))
  placed.sort((a, b) => b.start - a.start || b.end - a.end)
  let result = text
  for (const edit of placed) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

export function textAt(text: string, range: {start: {line: number; character: number}; end: {line: number; character: number}}): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end))
}

/** `rule: actual` for each diagnostic, for compact assertions. */
export const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.code}: ${(diagnostic.data as {actual?: string} | undefined)?.actual ?? diagnostic.message}`)
