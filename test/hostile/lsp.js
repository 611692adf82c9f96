// A small language-server client for the hostile tests and their benchmark: spawns the built
// server over stdio (optionally under a wrapper such as GNU time, or with a preload), records
// every notification and every message the server shows or logs, and waits on events, never on
// sleeps.
import {spawn} from 'node:child_process'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

// PLAINSPEAK_BENCH_ROOT points the benchmark at another built checkout (its "before" figures).
export const repoRoot = process.env.PLAINSPEAK_BENCH_ROOT ? path.resolve(process.env.PLAINSPEAK_BENCH_ROOT) : fileURLToPath(new URL('../..', import.meta.url))
export const serverPath = path.join(repoRoot, 'packages/language-server/dist/bin.js')
const requireFromServer = createRequire(path.join(repoRoot, 'packages/language-server/package.json'))
const protocol = requireFromServer('vscode-languageserver-protocol/node')

export const fileUri = (file) => pathToFileURL(file).href

export class LspClient {
  /**
   * @param {{workspaceFolders?: string[], settings?: object, env?: object, wrapper?: string[]}} options
   */
  static async start(options = {}) {
    const command = [...(options.wrapper ?? []), process.execPath, serverPath, '--stdio']
    const child = spawn(command[0], command.slice(1), {stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, ...options.env}})
    const client = new LspClient(child, options)
    const folders = options.workspaceFolders ?? []
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((folder, index) => ({uri: fileUri(folder), name: `folder-${index}`})),
      capabilities: {workspace: {configuration: true, workspaceEdit: {documentChanges: true}, workspaceFolders: true}, textDocument: {publishDiagnostics: {versionSupport: true}}},
      initializationOptions: {debounce: 0}
    })
    await client.connection.sendNotification('initialized', {})
    return client
  }

  constructor(child, options) {
    this.child = child
    this.settings = options.settings ?? {}
    this.stderr = ''
    /** Every notification and server request, in order: `{method, params}`. */
    this.received = []
    this.listeners = new Set()
    child.stderr.on('data', (chunk) => (this.stderr += chunk.toString()))
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({code, signal})))
    this.connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin))
    const record = (method, params) => {
      this.received.push({method, params})
      for (const listener of [...this.listeners]) if (listener(method, params)) this.listeners.delete(listener)
    }
    this.connection.onNotification((method, params) => record(method, params))
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('window/showMessageRequest', (params) => {
      record('window/showMessageRequest', params)
      return null
    })
    this.connection.onRequest('workspace/applyEdit', (params) => {
      record('workspace/applyEdit', params)
      return {applied: false}
    })
    this.connection.listen()
  }

  /** Everything the server has said so far, as one string (to search for leaked text). */
  everything() {
    return JSON.stringify(this.received) + this.stderr
  }

  waitFor(method, predicate = () => true, timeoutMs = 60_000) {
    const earlier = this.received.find((item) => item.method === method && predicate(item.params))
    if (earlier) return Promise.resolve(earlier.params)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener)
        reject(new Error(`No ${method} within ${timeoutMs} ms. Server stderr:\n${this.stderr}`))
      }, timeoutMs)
      const listener = (received, params) => {
        if (received !== method || !predicate(params)) return false
        clearTimeout(timer)
        resolve(params)
        return true
      }
      this.listeners.add(listener)
    })
  }

  diagnostics(uri, timeoutMs) {
    return this.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri, timeoutMs)
  }

  async open(file, text, languageId = 'markdown', timeoutMs) {
    const uri = fileUri(file)
    const published = this.diagnostics(uri, timeoutMs)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return published
  }

  command(command, argument) {
    return this.connection.sendRequest('workspace/executeCommand', {command, arguments: argument === undefined ? [] : [argument]})
  }

  async stop() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), this.exited])
        await this.connection.sendNotification('exit')
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000)
    const exit = await this.exited
    clearTimeout(timer)
    this.connection.dispose()
    return exit
  }
}
