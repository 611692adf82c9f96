/**
 * What a check needs before it reads the text: from a document's editor settings, project file
 * and dictionaries to a core `Checker`. It caches the project files found, the dictionaries
 * compiled and the checkers built (kept while the options stay the same, so unchanged paragraphs
 * are never analysed twice). It runs on the check worker (see check-worker.ts). A bad setting,
 * file or dictionary becomes a diagnostic on the document, never a crash.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ConfigFileError, ConfigFinder, DictionaryLayers, dismissedFingerprints, FeedbackRecordError, feedbackRecordFile, isConfigFile, readFeedbackRecord, resolveCheckOptions, type ProjectConfig} from '@plainspeak/config'
import {FileReadError} from '@plainspeak/base/node'
import {CheckerCache, createChecker, fingerprintAt, formatFromLanguageId, messageToJson, PlainspeakOptionError, ruleDocsLink, type CheckOptions, type Checker, type DocumentStats, type Format, type MessageJson} from '@plainspeak/core'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {PlainspeakSettings} from '../protocol.js'
import {couldNotCheckDiagnostic, problemDiagnostic} from './diagnostics.js'
import {localDocsLink, type DocsLink} from './local-docs.js'

export interface CheckOutcome {
  format: Format
  /** The findings, in the one shape that crosses threads and surfaces. */
  findings: MessageJson[]
  stats: DocumentStats | null
  /** What stopped or limited the check, shown at the top of the document. */
  problems: Diagnostic[]
  /** Dictionary problems to show on the dictionary files themselves, by absolute path. */
  fileProblems: Map<string, Diagnostic[]>
  /** Where each rule's docs are: the organisation's `docsUrl`, or the page shipped with the server. */
  docsLink: DocsLink
}

/** Everything that can be worked out before reading the text; `run` is synchronous. */
export interface PreparedCheck {
  run(text: string): CheckOutcome
}

export interface DocumentContext {
  uri: string
  languageId: string
  settings: PlainspeakSettings
  /** The workspace folder holding the document, as a path: where editor dictionary paths start. */
  workspaceFolder: string | undefined
}


export class CheckSetup {
  readonly configs = new ConfigFinder()
  private readonly dictionaries = new DictionaryLayers()
  /** One checker per distinct set of options in use. */
  private readonly checkers = new CheckerCache<string>()
  /** Each workspace folder's "Not useful here" record, read again when the file changes. */
  private readonly records = new Map<string, {stamp: string; dismissed: ReturnType<typeof dismissedFingerprints>}>()

  /** The project file that applies to a document (`undefined` outside the file system). */
  async configFor(uri: string): Promise<ProjectConfig | undefined> {
    const file = filePath(uri)
    return file === undefined ? undefined : this.configs.find(path.dirname(file))
  }

  async prepare(context: DocumentContext): Promise<PreparedCheck> {
    const format = formatFromLanguageId(context.languageId === 'text' ? 'plaintext' : context.languageId)
    const stopped = (problems: Diagnostic[], fileProblems = new Map<string, Diagnostic[]>()): PreparedCheck => ({
      run: () => ({format, findings: [], stats: null, problems, fileProblems, docsLink: localDocsLink()})
    })

    const {settings} = context
    const base = context.workspaceFolder ?? (filePath(context.uri) ? path.dirname(filePath(context.uri)!) : process.cwd())
    // Folders the project's file may take dictionaries from, besides its own (an editor setting).
    const organisationFolders = settings.organisationFolders.map((item) => path.resolve(base, item))
    this.configs.setOrganisationFolders(organisationFolders)

    let config: ProjectConfig | undefined
    try {
      config = await this.configFor(context.uri)
    } catch (error) {
      if (error instanceof ConfigFileError) return stopped([problemDiagnostic(`Plainspeak cannot use ${error.file}:${error.line}:${error.column}: ${error.message}`, 'config')])
      if (error instanceof FileReadError) return stopped([problemDiagnostic(`Plainspeak cannot read the project file ${error.file}: ${error.message}`, 'config')])
      throw error
    }

    // The project's file overrides the editor's settings; organisation dictionaries lie under the project's.
    const resolved = await resolveCheckOptions(
      {
        config,
        defaults: {
          audience: (settings.audience ?? undefined) as CheckOptions['audience'],
          rules: settings.rules as CheckOptions['rules'],
          dictionaries: settings.dictionaries.map((item) => path.resolve(base, item)),
          docsUrl: settings.docsUrl ?? undefined
        },
        organisationFolders
      },
      this.dictionaries
    )
    const fileProblems = new Map<string, Diagnostic[]>()
    for (const problem of [...resolved.errors, ...resolved.warnings]) {
      const list = fileProblems.get(problem.file) ?? []
      const at = {line: Math.max(problem.line - 1, 0), character: Math.max(problem.column - 1, 0)}
      list.push({
        range: {start: at, end: at},
        message: problem.message,
        severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: 'dictionary',
        source: 'plainspeak'
      })
      fileProblems.set(problem.file, list)
    }
    const problems: Diagnostic[] = []
    if (resolved.errors.length > 0) {
      const files = [...new Set(resolved.errors.map((problem) => problem.file))].join(', ')
      problems.push(
        problemDiagnostic(`Plainspeak left out dictionary entries with errors (${resolved.errors.length} in ${files}); fix them to use those entries.`, 'dictionary', DiagnosticSeverity.Warning)
      )
    }

    let checker: Checker
    try {
      checker = settings.suggestions ? this.checkerFor(`${resolved.key}|suggestions`, {...resolved.options, suggestions: true}) : this.checkerFor(resolved.key, resolved.options)
    } catch (error) {
      if (!(error instanceof PlainspeakOptionError)) throw error
      // The project's file was validated when it was read: a bad option here is the editor's.
      return stopped([problemDiagnostic(`Plainspeak setting: ${error.message} (check the \`plainspeak.*\` settings)`, 'settings')], fileProblems)
    }

    // "Not useful here": findings the workspace's record dismissed at this audience are left out.
    const {audience} = checker.options
    const record = await this.dismissalsFor(context.workspaceFolder)
    if ('problem' in record) problems.push(record.problem)
    const dismissed = 'dismissed' in record ? record.dismissed.get(audience) : undefined

    const organisationDocs = resolved.options.docsUrl
    const docsLink: DocsLink = organisationDocs ? (ruleId) => ruleDocsLink(ruleId, organisationDocs) : localDocsLink()
    return {
      run(text) {
        try {
          const {messages, stats} = checker.check(text, format)
          // Each finding's fingerprint and audience ride in its data, for the "Not useful here" action.
          const findings = messages.map(messageToJson).flatMap((finding) => {
            const fingerprint = fingerprintAt(text, finding)
            if (dismissed?.has(fingerprint)) return []
            finding.data = {...finding.data, fingerprint, audience}
            return [finding]
          })
          return {format, findings, stats, problems, fileProblems, docsLink}
        } catch (error) {
          // Front matter settings, or a failure in the engine: a finding on the file, not a crash.
          const problem = error instanceof PlainspeakOptionError ? problemDiagnostic(error.message, 'front-matter') : couldNotCheckDiagnostic(error)
          return {format, findings: [], stats: null, problems: [...problems, problem], fileProblems, docsLink}
        }
      }
    }
  }

  /** The dismissals in a workspace folder's record, or the problem that stops them being read (a diagnostic). */
  private async dismissalsFor(folder: string | undefined): Promise<{dismissed: ReturnType<typeof dismissedFingerprints>} | {problem: Diagnostic} | {}> {
    if (folder === undefined) return {}
    const file = feedbackRecordFile(folder)
    const info = await stat(file).catch(() => undefined)
    if (!info) return {}
    const stamp = `${info.mtimeMs}:${info.size}:${info.ino}`
    const cached = this.records.get(file)
    if (cached?.stamp === stamp) return {dismissed: cached.dismissed}
    try {
      const dismissed = dismissedFingerprints(await readFeedbackRecord(file))
      this.records.set(file, {stamp, dismissed})
      return {dismissed}
    } catch (error) {
      if (!(error instanceof FeedbackRecordError)) throw error
      this.records.delete(file)
      return {problem: problemDiagnostic(`Plainspeak cannot use ${error.file}:${error.line}:${error.column}: ${error.message}`, 'feedback', DiagnosticSeverity.Warning)}
    }
  }

  /** A file changed on disk: forget what depends on it. Returns whether open documents need checking again. */
  fileChanged(file: string): boolean {
    let relevant = false
    if (isConfigFile(file)) {
      this.configs.clear()
      relevant = true
    }
    if (this.dictionaries.isDictionaryFile(file)) {
      this.dictionaries.clear()
      this.checkers.clear()
      relevant = true
    }
    return relevant
  }

  private checkerFor(key: string, options: CheckOptions): Checker {
    return this.checkers.get(key, () => createChecker(options))
  }
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
