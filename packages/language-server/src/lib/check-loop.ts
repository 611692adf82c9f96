/**
 * The check loop: when to check an open document (debounced, one check at a time per document,
 * see scheduler.ts), sending it to a check worker, and publishing what comes back (diagnostics,
 * dictionary problems on the dictionary files, statistics) unless the document changed meanwhile.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Connection, PublishDiagnosticsParams, TextDocuments} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {DocumentStats, Format} from '@plainspeak/core'
import {statsNotification, type FindingCounts, type PlainspeakSettings, type StatsParams} from '../protocol.js'
import {filePath} from './check-setup.js'
import {unchecked, type CheckWorkers} from './check-workers.js'
import {couldNotCheckDiagnostic, countFindings} from './diagnostics.js'
import {CheckScheduler} from './scheduler.js'
import {asParams, decodeJson, PrebuiltJson} from './prebuilt-json.js'
import type {SettingsStore} from './settings.js'
import type {MessageJson} from '@plainspeak/core'
import type {CheckReport, CheckRequest} from './worker-protocol.js'

/** The latest check of an open document. */
export class CheckedDocument {
  private shownBytes: Uint8Array | undefined
  private parsedShown: MessageJson[] | undefined
  private parsedStats: DocumentStats | null | undefined

  constructor(
    readonly version: number,
    private readonly report: CheckReport
  ) {}

  get format(): Format {
    return this.report.format
  }

  get counts(): FindingCounts {
    return this.report.counts
  }

  /** The published findings, for hovers: `undefined` until the worker has sent them (just after the diagnostics). Parsed when first asked for. */
  get shown(): readonly MessageJson[] | undefined {
    if (this.parsedShown === undefined && this.shownBytes !== undefined) this.parsedShown = decodeJson<MessageJson[]>(this.shownBytes)
    return this.parsedShown
  }

  receiveShown(bytes: Uint8Array): void {
    this.shownBytes = bytes
  }

  /** The statistics (with at most `maxStatsSections` sections), parsed when first asked for (a command). */
  get stats(): DocumentStats | null {
    if (this.parsedStats === undefined) this.parsedStats = decodeJson<DocumentStats | null>(this.report.stats)
    return this.parsedStats
  }
}

/** How long after publishing a check the main thread asks for the findings behind hovers. */
const shownDelayMs = 100

export interface CheckLoopContext {
  connection: Connection
  documents: TextDocuments<TextDocument>
  workers: CheckWorkers
  /** Editor settings, per document. */
  settings(): SettingsStore
  workspaceFolders(): readonly string[]
  isChecked(document: TextDocument): boolean
  logError(error: unknown, what: string): void
}

export class CheckLoop {
  readonly checked = new Map<string, CheckedDocument>()
  readonly scheduler: CheckScheduler
  /** Dictionary files with problems published on them, to clear when the data changes. */
  private readonly filesWithProblems = new Set<string>()

  constructor(
    private readonly context: CheckLoopContext,
    debounceMs: number
  ) {
    this.scheduler = new CheckScheduler((uri) => this.checkDocument(uri), debounceMs, (error, uri) => context.logError(error, `checking ${uri}`))
  }

  /** The workspace folder holding a file: the longest that contains it. */
  folderOf(file: string | undefined): string | undefined {
    if (file === undefined) return undefined
    return this.context
      .workspaceFolders()
      .filter((folder) => file.startsWith(folder + path.sep) || file === folder)
      .sort((a, b) => b.length - a.length)[0]
  }

  /** The editor settings for a document or folder. */
  settingsFor(uri: string): Promise<PlainspeakSettings> {
    return this.context.settings().get(uri)
  }

  /** What a worker needs to check a document, or `undefined` when checking is switched off for it. */
  async request(uri: string, languageId: string, text: string, version?: number): Promise<CheckRequest | undefined> {
    const settings = await this.context.settings().get(uri)
    if (!settings.enable) return undefined
    return {uri, languageId, settings, workspaceFolder: this.folderOf(filePath(uri)), text, ...(version === undefined ? {} : {version})}
  }

  recheckAll(delayMs?: number): void {
    for (const document of this.context.documents.all()) if (this.context.isChecked(document)) this.scheduler.schedule(document.uri, delayMs)
  }

  publishFileProblems(report: CheckReport): void {
    for (const [file, diagnostics] of report.fileProblems) {
      const uri = pathToFileURL(file).href
      this.filesWithProblems.add(uri)
      void this.context.connection.sendDiagnostics({uri, diagnostics})
    }
  }

  /** Clears the problems shown on dictionary files: they are read again. */
  clearFileProblems(): void {
    for (const uri of this.filesWithProblems) void this.context.connection.sendDiagnostics({uri, diagnostics: []})
    this.filesWithProblems.clear()
  }

  forget(uri: string): void {
    this.scheduler.cancel(uri)
    this.checked.delete(uri)
    this.context.workers.forget(uri)
  }

  /** The check of the document's current version: the last one, or a new one now. */
  async current(document: TextDocument): Promise<CheckedDocument | undefined> {
    const last = this.checked.get(document.uri)
    if (last?.version === document.version) return last
    await this.checkDocument(document.uri)
    const now = this.checked.get(document.uri)
    return now?.version === document.version ? now : undefined
  }

  /** Checks the current version of an open document and publishes the result, unless it changed meanwhile. */
  private async checkDocument(uri: string): Promise<void> {
    const {connection, documents} = this.context
    const document = documents.get(uri)
    if (!document || !this.context.isChecked(document)) return
    const version = document.version
    const started = performance.now()
    const request = await this.request(uri, document.languageId, document.getText(), version)
    // Version guard: a newer version has its own check scheduled; this one is stale.
    if (documents.get(uri) !== document || document.version !== version) return
    if (!request) {
      this.checked.delete(uri)
      void connection.sendDiagnostics({uri, version, diagnostics: []})
      void connection.sendNotification(statsNotification, {uri, version, stats: null, moreSections: 0, findings: countFindings([]), elapsedMs: 0})
      return
    }
    let report: CheckReport
    try {
      report = await this.context.workers.check(request)
    } catch (error) {
      // The worker failed (or stopped): a finding on the document, never silence.
      this.context.logError(error, `checking ${uri}`)
      report = unchecked(request, [couldNotCheckDiagnostic(error)])
    }
    const current = () => documents.get(uri) === document && document.version === version
    if (!current()) return
    const checked = new CheckedDocument(version, report)
    this.checked.set(uri, checked)
    // The worker's JSON goes to the editor as it is: nothing to parse or serialise here.
    void connection.sendDiagnostics(asParams<PublishDiagnosticsParams>(PrebuiltJson.object({uri, version}, {diagnostics: report.diagnostics})))
    this.publishFileProblems(report)
    const elapsedMs = Math.round((performance.now() - started) * 10) / 10
    const stats = {uri, version, moreSections: report.moreSections, findings: report.counts, elapsedMs}
    void connection.sendNotification(statsNotification, asParams<StatsParams>(PrebuiltJson.object(stats, {stats: report.stats})))
    // Then the findings behind hovers, a moment later: when edits come fast, the next check
    // goes first. Until they arrive, the worker answers hovers itself.
    setTimeout(() => {
      if (!current() || this.checked.get(uri) !== checked) return
      this.context.workers.shown(uri, version).then(
        (shown) => shown && checked.receiveShown(shown),
        () => undefined
      )
    }, shownDelayMs).unref()
  }
}
