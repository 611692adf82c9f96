/**
 * The server's commands (`plainspeak.server.*`): add a term to the project's allow list, check
 * every file in the workspace, write a glossary. Arguments come from the client: checked before
 * use.
 */
import {pathToFileURL} from 'node:url'
import {addToAllowList, AllowListError, appendDismissal, dismissalReasons, FeedbackRecordError, type DismissalReason} from '@plainspeak/config'
import {glossaryEntries, renderGlossary} from '@plainspeak/core'
import {readRegularFile} from '@plainspeak/base/node'
import {audiences} from '@plainspeak/base'
import type {Connection, PublishDiagnosticsParams, TextDocuments} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {serverCommands, type DismissArguments, type AllowListResult, type CheckWorkspaceResult, type FindingCounts, type GlossaryResult} from '../protocol.js'
import {checkBudget} from './budget.js'
import type {CheckLoop} from './check-loop.js'
import {filePath} from './check-setup.js'
import type {CheckWorkers} from './check-workers.js'
import {asParams, PrebuiltJson} from './prebuilt-json.js'
import {languageIdOf, walkWorkspace} from './workspace-files.js'

export interface CommandContext {
  connection: Connection
  documents: TextDocuments<TextDocument>
  loop: CheckLoop
  workers: CheckWorkers
  workspaceFolders(): readonly string[]
  /** The script of the server's worker threads: "check workspace" walks the folders on one. */
  workerScript: string | URL
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function commandHandlers(context: CommandContext): Record<string, (argument: unknown) => Promise<unknown>> {
  const {connection, documents, loop, workers} = context
  return {
    async [serverCommands.addToAllowList](argument): Promise<AllowListResult | null> {
      if (!isObject(argument) || typeof argument['uri'] !== 'string' || typeof argument['term'] !== 'string' || argument['term'].trim() === '') return null
      const file = filePath(argument['uri'])
      if (file === undefined) return null
      // The server writes only inside the open folders, whatever URI the request names.
      const folder = loop.folderOf(file)
      const folders = context.workspaceFolders()
      if (!folder) {
        void connection.window.showErrorMessage(
          folders.length === 0
            ? 'Plainspeak: open the project’s folder to add words to its project file (with no folder open, Plainspeak writes nothing).'
            : `Plainspeak: ${file} is outside the open folders, so Plainspeak will not write a project file for it.`
        )
        return null
      }
      const request = await loop.request(argument['uri'], 'plaintext', '')
      const config = request ? await workers.configFile(request) : {file: undefined}
      if ('error' in config) {
        void connection.window.showErrorMessage(`Plainspeak: fix the project configuration first: ${config.error}`)
        return null
      }
      let result
      try {
        result = await addToAllowList(config.file, folder, argument['term'].trim(), {within: [...folders]})
      } catch (error) {
        if (!(error instanceof AllowListError)) throw error
        void connection.window.showErrorMessage(`Plainspeak: ${error.message}`)
        return null
      }
      await workers.fileChanged(result.file)
      loop.recheckAll(0)
      return result
    },

    async [serverCommands.dismiss](argument): Promise<{file: string} | null> {
      if (!isDismissArguments(argument)) return null
      const file = filePath(argument.uri)
      // The record is the workspace folder's: nothing is written for a file outside the open folders.
      const folder = loop.folderOf(file)
      if (file === undefined || !folder) {
        void connection.window.showErrorMessage('Plainspeak: open the project’s folder to record “Not useful here” (Plainspeak writes its record only inside the open folders).')
        return null
      }
      let written
      try {
        written = await appendDismissal(
          folder,
          {
            rule: argument.rule,
            ...(argument.term !== undefined ? {term: argument.term} : {}),
            audience: argument.audience as (typeof audiences)[number],
            ...(argument.reason ? {reason: argument.reason as DismissalReason} : {}),
            date: new Date().toISOString().slice(0, 10),
            fingerprint: argument.fingerprint
          },
          {within: [...context.workspaceFolders()]}
        )
      } catch (error) {
        if (!(error instanceof FeedbackRecordError)) throw error
        void connection.window.showErrorMessage(`Plainspeak: ${error.message}`)
        return null
      }
      loop.recheckAll(0)
      return {file: written}
    },

    async [serverCommands.checkWorkspace](): Promise<CheckWorkspaceResult> {
      const result: CheckWorkspaceResult = {files: 0, findings: 0, error: 0, warning: 0, info: 0, suggestions: 0, skipped: 0}
      // What the problems view lists, level by level, and the suggestions apart (hints are not listed there).
      const add = (counts: FindingCounts | undefined) => {
        if (!counts) return
        for (const level of ['error', 'warning', 'info'] as const) result[level] += counts[level]
        result.findings += counts.error + counts.warning + counts.info
        result.suggestions += counts.suggestions
      }
      // Off this thread: hovers and other documents are answered while the folders are walked.
      const folders = context.workspaceFolders()
      if (folders.length === 0) return result
      const {budget} = checkBudget(await loop.settingsFor(pathToFileURL(folders[0]!).href))
      const walked = await walkWorkspace(context.workerScript, folders, budget)
      if ('stopped' in walked) {
        void connection.window.showWarningMessage(walked.stopped)
        return {...result, stopped: walked.stopped}
      }
      for (const {path: file, within} of walked.files) {
        const uri = pathToFileURL(file).href
        result.files++
        if (documents.get(uri)) {
          loop.scheduler.schedule(uri, 0)
          add(loop.checked.get(uri)?.counts)
          continue
        }
        const request = await loop.request(uri, languageIdOf(file), '')
        if (!request) continue
        // A regular file under the size limit, still inside the folder (not a pipe, a device or a link out).
        const text = await readRegularFile(file, {maxBytes: checkBudget(request.settings).budget.maxFileBytes, ...(within ? {within} : {})}).then(
          (bytes) => bytes.toString('utf8'),
          () => undefined
        )
        if (text === undefined) {
          result.skipped++
          continue
        }
        if (documents.get(uri)) continue
        const report = await workers.check({...request, text})
        if (documents.get(uri)) continue
        void connection.sendDiagnostics(asParams<PublishDiagnosticsParams>(PrebuiltJson.object({uri}, {diagnostics: report.diagnostics})))
        loop.publishFileProblems(report)
        add(report.counts)
      }
      return result
    },

    async [serverCommands.glossary](argument): Promise<GlossaryResult> {
      const uri = isObject(argument) && typeof argument['uri'] === 'string' ? argument['uri'] : undefined
      const document = uri === undefined ? undefined : documents.get(uri)
      if (!document) return {text: '', acronyms: 0}
      const current = await loop.current(document)
      if (!current?.stats) return {text: '', acronyms: 0}
      const entries = glossaryEntries(current.stats.acronyms)
      return entries.length === 0 ? {text: '', acronyms: 0} : {text: renderGlossary(entries, current.format, {heading: 'Glossary'}), acronyms: entries.length}
    }
  }
}

/** The arguments of "Not useful here", checked: they come from the client. */
function isDismissArguments(value: unknown): value is DismissArguments {
  if (!isObject(value)) return false
  const {uri, fingerprint, rule, term, audience, reason} = value
  return (
    typeof uri === 'string' && typeof fingerprint === 'string' && /^[0-9a-f]{16}$/.test(fingerprint) && typeof rule === 'string' &&
    (term === undefined || typeof term === 'string') && typeof audience === 'string' && (audiences as readonly string[]).includes(audience) &&
    (reason === undefined || (dismissalReasons as readonly string[]).includes(reason as string))
  )
}
