/**
 * The generic language server's LSP wiring: capabilities, documents, settings, watched files,
 * hovers, code actions and commands. The work is elsewhere: check-loop.ts decides when to check
 * and publishes; the checks themselves run on worker threads (check-workers.ts), so this thread
 * only answers; commands.ts holds the commands. What is Plainspeak about it (the settings
 * section, the watched files, the worker script) comes in through `ServerConfiguration` (see
 * plainspeak.ts).
 */
import {formatFromLanguageId} from '@plainspeak/core'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {fixAllKind, serverCommands, type InitializationOptions} from '../protocol.js'
import {CheckLoop} from './check-loop.js'
import {filePath} from './check-setup.js'
import {CheckWorkers} from './check-workers.js'
import {quickFixes, wants} from './code-actions.js'
import {commandHandlers} from './commands.js'
import {isRange} from './edits.js'
import {hoverAt} from './hover.js'
import {SettingsStore} from './settings.js'

export interface ServerConfiguration {
  /** Language ids to check (what editors send for Markdown, text and HTML). */
  languageIds: readonly string[]
  /** Globs the client should watch: configuration and dictionary files. */
  watch: readonly string[]
  /** Default wait after an edit before checking, in milliseconds. */
  debounceMs: number
  /** The script the server's worker threads run: one that calls `runServerWorker(workerData)` on a worker thread. */
  workerScript: string | URL
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const uriOf = (params: unknown): string | undefined => {
  const uri = isObject(params) && isObject(params['textDocument']) ? params['textDocument']['uri'] : undefined
  return typeof uri === 'string' ? uri : undefined
}

export function startLanguageServer(connection: Connection, configuration: ServerConfiguration): void {
  const documents = new TextDocuments(TextDocument)
  const justOpened = new Set<string>()
  let capabilities: ClientCapabilities = {}
  let workspaceFolders: string[] = []
  let debounceMs = configuration.debounceMs
  let settings = new SettingsStore(connection, () => false, undefined)

  const logError = (error: unknown, what: string) => connection.console.error(`plainspeak: ${what}: ${(error as Error)?.stack ?? String(error)}`)
  const versionedEdits = () => capabilities.workspace?.workspaceEdit?.documentChanges === true
  const isChecked = (document: TextDocument) => configuration.languageIds.includes(document.languageId)

  const workers = new CheckWorkers(configuration.workerScript, (error) => logError(error, 'check worker'))
  const loop = new CheckLoop({connection, documents, workers, settings: () => settings, workspaceFolders: () => workspaceFolders, isChecked, logError}, debounceMs)
  const commands = commandHandlers({connection, documents, loop, workers, workspaceFolders: () => workspaceFolders, workerScript: configuration.workerScript})

  connection.onInitialize((params): InitializeResult => {
    capabilities = isObject(params?.capabilities) ? params.capabilities : {}
    const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : [params?.rootUri]
    workspaceFolders = folders.map((uri) => (typeof uri === 'string' ? filePath(uri) : undefined)).filter((folder): folder is string => folder !== undefined)
    const options = (isObject(params?.initializationOptions) ? params.initializationOptions : {}) as InitializationOptions
    if (typeof options.debounce === 'number' && options.debounce >= 0 && options.debounce <= 10_000) debounceMs = options.debounce
    loop.scheduler.delayMs = debounceMs
    settings = new SettingsStore(connection, () => capabilities.workspace?.configuration === true, options.settings)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true,
        executeCommandProvider: {commands: Object.values(serverCommands)},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'plainspeak-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: configuration.watch.map((globPattern) => ({globPattern}))})
        .catch((error: unknown) => logError(error, 'watching configuration files'))
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, {section: 'plainspeak'}).catch(() => undefined)
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => filePath(folder.uri)))
        workspaceFolders = [...workspaceFolders.filter((folder) => !removed.has(folder)), ...event.added.flatMap((folder) => filePath(folder.uri) ?? [])]
        loop.recheckAll()
      })
    }
  })

  documents.onDidOpen((event) => justOpened.add(event.document.uri))
  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    if (!isChecked(event.document)) return
    // A document just opened is checked at once; edits wait until typing pauses.
    loop.scheduler.schedule(uri, justOpened.delete(uri) ? 0 : debounceMs)
  })
  documents.onDidClose((event) => {
    const {uri} = event.document
    justOpened.delete(uri)
    loop.forget(uri)
    settings.forget(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params?.settings)
    loop.recheckAll(0)
  })

  connection.onDidChangeWatchedFiles(async (params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : []
    const files = changes.map((change) => (typeof change?.uri === 'string' ? filePath(change.uri) : undefined)).filter((file): file is string => file !== undefined)
    const relevant = await Promise.all(files.map((file) => workers.fileChanged(file))).catch((error: unknown) => {
      logError(error, 'reading changed files')
      return [true]
    })
    if (!relevant.some(Boolean)) return
    loop.clearFileProblems()
    loop.recheckAll(0)
  })

  connection.onHover(async (params) => {
    const uri = uriOf(params)
    const document = uri === undefined ? undefined : documents.get(uri)
    const last = uri === undefined ? undefined : loop.checked.get(uri)
    if (!document || !last || last.version !== document.version || !isRange({start: params.position, end: params.position})) return null
    const offset = document.offsetAt(params.position)
    // The published findings, on this thread once the worker has sent them; the worker that
    // checked the document keeps them all (and those beyond the published ones).
    const shown = last.shown
    const hover = shown ? hoverAt(document, shown, offset) : null
    if (hover || (shown && last.counts.total <= shown.length)) return hover
    return workers.hover(document.uri, document.version, offset).catch(() => null)
  })

  connection.onCodeAction(async (params, token) => {
    const uri = uriOf(params)
    const document = uri === undefined ? undefined : documents.get(uri)
    if (!document || !isChecked(document) || !isObject(params.context)) return []
    const {only} = params.context
    const format = loop.checked.get(document.uri)?.format ?? formatFromLanguageId(document.languageId)
    const actions = []
    if (wants(only, CodeActionKind.QuickFix)) {
      const diagnostics = Array.isArray(params.context.diagnostics) ? params.context.diagnostics.filter(isObject) : []
      actions.push(...quickFixes({document, format, diagnostics: diagnostics as typeof params.context.diagnostics, versioned: versionedEdits(), range: params.range}))
    }
    if (wants(only, fixAllKind)) {
      const current = await loop.current(document)
      if (token.isCancellationRequested || !current) return token.isCancellationRequested ? [] : actions
      const action = await workers.fixAll(document.uri, current.version, versionedEdits()).catch(() => null)
      if (token.isCancellationRequested) return []
      if (action && action !== 'stale') actions.push(action)
    }
    return actions
  })

  connection.onExecuteCommand(async (params) => {
    const handler = typeof params?.command === 'string' && Object.hasOwn(commands, params.command) ? commands[params.command] : undefined
    if (!handler) return null
    try {
      return await handler(Array.isArray(params.arguments) ? params.arguments[0] : undefined)
    } catch (error) {
      logError(error, `running ${params.command}`)
      void connection.window.showErrorMessage(`Plainspeak: ${(error as Error)?.message ?? error}`)
      return null
    }
  })

  connection.onShutdown(() => workers.stop())

  documents.listen(connection)
  connection.listen()
}
