/**
 * The generic language server: documents, scheduling, publishing, code actions, hover and
 * commands over an LSP connection. What is Plainspeak about it (the engine, the settings section,
 * the watched files) comes in through `ServerConfiguration` (see `plainspeak.ts`).
 */
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {addToAllowList, AllowListError} from '@plainspeak/config'
import {isInsideFolder, readRegularFile, realFolder} from '@plainspeak/dictionary/node'
import {formatFromLanguageId, glossaryEntries, renderGlossary} from '@plainspeak/core'
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
import {
  fixAllKind,
  serverCommands,
  statsNotification,
  type AllowListResult,
  type CheckWorkspaceResult,
  type GlossaryResult,
  type InitializationOptions
} from '../protocol.js'
import {fixAll, quickFixes, wants} from './code-actions.js'
import {countFindings, problemDiagnostic, publishable} from './diagnostics.js'
import {isRange} from './edits.js'
import {filePath, type CheckOutcome, type PlainspeakEngine} from './engine.js'
import {hoverAt} from './hover.js'
import {localDocsLink} from './local-docs.js'
import {CheckScheduler} from './scheduler.js'
import {SettingsStore} from './settings.js'

export interface ServerConfiguration {
  /** Language ids to check (what editors send for Markdown, text and HTML). */
  languageIds: readonly string[]
  /** File extensions "check workspace" reads. */
  extensions: readonly string[]
  /** Globs the client should watch: configuration and dictionary files. */
  watch: readonly string[]
  /** Default wait after an edit before checking, in milliseconds. */
  debounceMs: number
  /** Documents larger than this are not read by "check workspace" (open documents are always checked). */
  maxWorkspaceFileBytes: number
  createEngine(): PlainspeakEngine
}

/** The latest check of an open document. */
interface CheckedDocument extends CheckOutcome {
  version: number
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const uriOf = (params: unknown): string | undefined => {
  const uri = isObject(params) && isObject(params['textDocument']) ? params['textDocument']['uri'] : undefined
  return typeof uri === 'string' ? uri : undefined
}

export function startLanguageServer(connection: Connection, configuration: ServerConfiguration): void {
  const documents = new TextDocuments(TextDocument)
  const engine = configuration.createEngine()
  const checked = new Map<string, CheckedDocument>()
  const justOpened = new Set<string>()
  /** Dictionary files with problems published on them, to clear when the data changes. */
  const filesWithProblems = new Set<string>()
  let capabilities: ClientCapabilities = {}
  let workspaceFolders: string[] = []
  let debounceMs = configuration.debounceMs
  let settings = new SettingsStore(connection, () => false, undefined)

  const versionedEdits = () => capabilities.workspace?.workspaceEdit?.documentChanges === true
  const isChecked = (document: TextDocument) => configuration.languageIds.includes(document.languageId)
  const folderOf = (file: string | undefined) =>
    file === undefined ? undefined : workspaceFolders.filter((folder) => file.startsWith(folder + path.sep) || file === folder).sort((a, b) => b.length - a.length)[0]

  const logError = (error: unknown, what: string) => connection.console.error(`plainspeak: ${what}: ${(error as Error)?.stack ?? String(error)}`)

  async function prepare(uri: string, languageId: string) {
    const documentSettings = await settings.get(uri)
    if (!documentSettings.enable) return undefined
    return engine.prepare({uri, languageId, settings: documentSettings, workspaceFolder: folderOf(filePath(uri))})
  }

  function publishFileProblems(outcome: CheckOutcome): void {
    for (const [file, diagnostics] of outcome.fileProblems) {
      const uri = pathToFileURL(file).href
      filesWithProblems.add(uri)
      void connection.sendDiagnostics({uri, diagnostics})
    }
  }

  /** Checks the current version of an open document and publishes the result, unless it changed meanwhile. */
  async function checkDocument(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document || !isChecked(document)) return
    const version = document.version
    const started = performance.now()
    let prepared
    try {
      prepared = await prepare(uri, document.languageId)
    } catch (error) {
      // A failure is a finding on the document, never silence.
      logError(error, `preparing ${uri}`)
      prepared = {
        run: () => ({
          format: formatFromLanguageId(document.languageId),
          messages: [],
          stats: null,
          problems: [problemDiagnostic(`Plainspeak could not check this document: ${(error as Error)?.message ?? error}`, 'internal')],
          fileProblems: new Map(),
          docsLink: localDocsLink()
        })
      }
    }
    // Version guard: a newer version has its own check scheduled; this one is stale.
    if (documents.get(uri) !== document || document.version !== version) return
    if (!prepared) {
      checked.delete(uri)
      void connection.sendDiagnostics({uri, version, diagnostics: []})
      void connection.sendNotification(statsNotification, {uri, version, stats: null, findings: countFindings([]), elapsedMs: 0})
      return
    }
    const outcome = prepared.run(document.getText())
    checked.set(uri, {...outcome, version})
    const diagnostics = [...outcome.problems, ...publishable(outcome.messages, document, outcome.docsLink)]
    void connection.sendDiagnostics({uri, version, diagnostics})
    publishFileProblems(outcome)
    const elapsedMs = Math.round((performance.now() - started) * 10) / 10
    void connection.sendNotification(statsNotification, {uri, version, stats: outcome.stats, findings: countFindings(outcome.messages), elapsedMs})
  }

  const scheduler = new CheckScheduler(checkDocument, debounceMs, (error, uri) => logError(error, `checking ${uri}`))
  const recheckAll = (delayMs = debounceMs) => {
    for (const document of documents.all()) if (isChecked(document)) scheduler.schedule(document.uri, delayMs)
  }

  /** The findings of the document's current version, checking now if the last check is stale. */
  async function currentFindings(document: TextDocument): Promise<CheckedDocument | undefined> {
    const last = checked.get(document.uri)
    if (last?.version === document.version) return last
    const version = document.version
    const prepared = await prepare(document.uri, document.languageId)
    if (!prepared || document.version !== version || documents.get(document.uri) !== document) return undefined
    return {...prepared.run(document.getText()), version}
  }

  connection.onInitialize((params): InitializeResult => {
    capabilities = isObject(params?.capabilities) ? params.capabilities : {}
    const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : [params?.rootUri]
    workspaceFolders = folders.map((uri) => (typeof uri === 'string' ? filePath(uri) : undefined)).filter((folder): folder is string => folder !== undefined)
    const options = (isObject(params?.initializationOptions) ? params.initializationOptions : {}) as InitializationOptions
    if (typeof options.debounce === 'number' && options.debounce >= 0 && options.debounce <= 10_000) debounceMs = options.debounce
    scheduler.delayMs = debounceMs
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
        recheckAll()
      })
    }
  })

  documents.onDidOpen((event) => justOpened.add(event.document.uri))
  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    if (!isChecked(event.document)) return
    // A document just opened is checked at once; edits wait until typing pauses.
    scheduler.schedule(uri, justOpened.delete(uri) ? 0 : debounceMs)
  })
  documents.onDidClose((event) => {
    const {uri} = event.document
    justOpened.delete(uri)
    scheduler.cancel(uri)
    checked.delete(uri)
    settings.forget(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params?.settings)
    recheckAll(0)
  })

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : []
    let relevant = false
    for (const change of changes) {
      const file = typeof change?.uri === 'string' ? filePath(change.uri) : undefined
      if (file !== undefined && engine.fileChanged(file)) relevant = true
    }
    if (!relevant) return
    for (const uri of filesWithProblems) void connection.sendDiagnostics({uri, diagnostics: []})
    filesWithProblems.clear()
    recheckAll(0)
  })

  connection.onHover((params) => {
    const uri = uriOf(params)
    const document = uri === undefined ? undefined : documents.get(uri)
    const last = uri === undefined ? undefined : checked.get(uri)
    if (!document || !last || last.version !== document.version || !isRange({start: params.position, end: params.position})) return null
    return hoverAt(document, last.messages, document.offsetAt(params.position))
  })

  connection.onCodeAction(async (params, token) => {
    const uri = uriOf(params)
    const document = uri === undefined ? undefined : documents.get(uri)
    if (!document || !isChecked(document) || !isObject(params.context)) return []
    const {only} = params.context
    const format = engineFormat(document)
    const actions = []
    if (wants(only, CodeActionKind.QuickFix)) {
      const diagnostics = Array.isArray(params.context.diagnostics) ? params.context.diagnostics.filter(isObject) : []
      actions.push(...quickFixes({document, format, diagnostics: diagnostics as typeof params.context.diagnostics, versioned: versionedEdits(), range: params.range}))
    }
    if (wants(only, fixAllKind)) {
      const current = await currentFindings(document)
      if (token.isCancellationRequested) return []
      const action = current ? fixAll(document, current.messages, versionedEdits()) : undefined
      if (action) actions.push(action)
    }
    return actions
  })

  const engineFormat = (document: TextDocument) => checked.get(document.uri)?.format ?? formatFromLanguageId(document.languageId)

  /** Server commands, by name. Arguments come from the client: checked before use. */
  const commandHandlers: Record<string, (argument: unknown) => Promise<unknown>> = {
    async [serverCommands.addToAllowList](argument): Promise<AllowListResult | null> {
      if (!isObject(argument) || typeof argument['uri'] !== 'string' || typeof argument['term'] !== 'string' || argument['term'].trim() === '') return null
      const file = filePath(argument['uri'])
      if (file === undefined) return null
      // The server writes only inside the open folders, whatever URI the request names.
      const folder = folderOf(file)
      if (!folder) {
        void connection.window.showErrorMessage(
          workspaceFolders.length === 0
            ? 'Plainspeak: open the project’s folder to add words to its project file (with no folder open, Plainspeak writes nothing).'
            : `Plainspeak: ${file} is outside the open folders, so Plainspeak will not write a project file for it.`
        )
        return null
      }
      let config
      try {
        config = await engine.configFor(argument['uri'])
      } catch (error) {
        void connection.window.showErrorMessage(`Plainspeak: fix the project configuration first: ${(error as Error).message}`)
        return null
      }
      let result
      try {
        result = await addToAllowList(config?.file, folder, argument['term'].trim(), {within: workspaceFolders})
      } catch (error) {
        if (!(error instanceof AllowListError)) throw error
        void connection.window.showErrorMessage(`Plainspeak: ${error.message}`)
        return null
      }
      engine.fileChanged(result.file)
      recheckAll(0)
      return result
    },

    async [serverCommands.checkWorkspace](): Promise<CheckWorkspaceResult> {
      const result: CheckWorkspaceResult = {files: 0, findings: 0, skipped: 0}
      /** Files already checked, by identity (device and inode): nested folders, links and mounts name some twice. */
      const seen = new Set<string>()
      const visitedFolders = new Set<string>()
      for (const folder of workspaceFolders) {
        for await (const {file, identity, within} of walk(folder, configuration.extensions, visitedFolders)) {
          const uri = pathToFileURL(file).href
          if (seen.has(identity)) continue
          seen.add(identity)
          result.files++
          const open = documents.get(uri)
          if (open) {
            scheduler.schedule(uri, 0)
            result.findings += checked.get(uri)?.messages.length ?? 0
            continue
          }
          // A regular file under the size limit, still inside the folder (not a pipe, a device or a link out).
          const text = await readRegularFile(file, {maxBytes: configuration.maxWorkspaceFileBytes, within}).then(
            (bytes) => bytes.toString('utf8'),
            () => undefined
          )
          if (text === undefined) {
            result.skipped++
            continue
          }
          const prepared = await prepare(uri, languageIdOf(file))
          if (!prepared || documents.get(uri)) continue
          const outcome = prepared.run(text)
          const lines = TextDocument.create(uri, languageIdOf(file), 0, text)
          void connection.sendDiagnostics({uri, diagnostics: [...outcome.problems, ...publishable(outcome.messages, lines, outcome.docsLink)]})
          publishFileProblems(outcome)
          result.findings += outcome.messages.length
          // Let edits, hovers and code actions in between.
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
      return result
    },

    async [serverCommands.glossary](argument): Promise<GlossaryResult> {
      const uri = isObject(argument) && typeof argument['uri'] === 'string' ? argument['uri'] : undefined
      const document = uri === undefined ? undefined : documents.get(uri)
      if (!document) return {text: '', acronyms: 0}
      const current = await currentFindings(document)
      if (!current?.stats) return {text: '', acronyms: 0}
      const entries = glossaryEntries(current.stats.acronyms)
      return entries.length === 0 ? {text: '', acronyms: 0} : {text: renderGlossary(entries, current.format, {heading: 'Glossary'}), acronyms: entries.length}
    }
  }

  connection.onExecuteCommand(async (params) => {
    const handler = typeof params?.command === 'string' && Object.hasOwn(commandHandlers, params.command) ? commandHandlers[params.command] : undefined
    if (!handler) return null
    try {
      return await handler(Array.isArray(params.arguments) ? params.arguments[0] : undefined)
    } catch (error) {
      logError(error, `running ${params.command}`)
      void connection.window.showErrorMessage(`Plainspeak: ${(error as Error)?.message ?? error}`)
      return null
    }
  })

  documents.listen(connection)
  connection.listen()
}

const languageIdByExtension: Record<string, string> = {'.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html'}
const languageIdOf = (file: string) => languageIdByExtension[path.extname(file).toLowerCase()] ?? 'plaintext'

/** Folders "check workspace" never enters. */
const skippedFolders = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'vendor'])
const maxWorkspaceFiles = 5000
/** Deepest folder the walk enters. */
const maxWalkDepth = 100

interface WalkedFile {
  file: string
  /** Device and inode: the same file under two names is checked once. */
  identity: string
  /** The real workspace folder the file must stay inside when it is read. */
  within: string[]
}

/**
 * The workspace's files, breadth first, in name order. Links to folders are never followed, and
 * a folder reached twice (nested workspace folders, bind mounts) is read once, so a loop cannot
 * make the walk go round. A link to a file counts only when the file is inside the workspace
 * folder.
 */
async function* walk(root: string, extensions: readonly string[], visitedFolders: Set<string>): AsyncGenerator<WalkedFile> {
  const realRoot = await realFolder(root)
  const within = [realRoot]
  const pending: Array<{folder: string; depth: number}> = [{folder: root, depth: 0}]
  let yielded = 0
  while (pending.length > 0) {
    const {folder, depth} = pending.shift()!
    const folderInfo = await stat(folder).catch(() => undefined)
    if (!folderInfo) continue
    const folderIdentity = `${folderInfo.dev}:${folderInfo.ino}`
    if (visitedFolders.has(folderIdentity)) continue
    visitedFolders.add(folderIdentity)
    const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && depth < maxWalkDepth) pending.push({folder: full, depth: depth + 1})
        continue
      }
      if (!extensions.includes(path.extname(entry.name).toLowerCase())) continue
      let target = full
      if (entry.isSymbolicLink()) {
        const real = await realpath(full).catch(() => undefined)
        if (!real || !isInsideFolder(real, realRoot)) continue
        target = real
      } else if (!entry.isFile()) {
        continue
      }
      const info = await stat(target).catch(() => undefined)
      if (!info?.isFile()) continue
      yield {file: full, identity: `${info.dev}:${info.ino}`, within}
      if (++yielded >= maxWorkspaceFiles) return
    }
  }
}
