/**
 * The check worker: a worker thread that does everything a check costs (reading the project
 * file, compiling dictionaries, running the engine, mapping findings to diagnostics), so that the
 * server's main thread stays free for hovers, code actions and other documents while a large
 * document is checked. It keeps each open document's last findings for hovers and "fix all"
 * beyond the ones published. Requests are answered in the order they finish. Large results are
 * sent as UTF-8 JSON bytes, transferred to the main thread (see prebuilt-json.ts).
 */
import {parentPort} from 'node:worker_threads'
import {formatFromLanguageId, type Format, type MessageJson} from '@plainspeak/core'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {maxPublishedFindings, maxStatsSections} from '../protocol.js'
import {checkBudget} from './budget.js'
import {CheckSetup, filePath, type CheckOutcome} from './check-setup.js'
import {fixAll} from './code-actions.js'
import {couldNotCheckDiagnostic, countFindings, publishable} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {localDocsLink} from './local-docs.js'
import {encodeJson} from './prebuilt-json.js'
import type {CheckReport, CheckRequest, DocumentRequest, WorkerMessage, WorkerReply, WorkerRequest, WorkerResults} from './worker-protocol.js'

interface KeptFindings {
  version: number
  document: TextDocument
  format: Format
  findings: MessageJson[]
}

export class CheckWorkerState {
  private readonly setup = new CheckSetup()
  private readonly kept = new Map<string, KeptFindings>()

  async handle(request: WorkerRequest): Promise<WorkerResults[WorkerRequest['type']]> {
    switch (request.type) {
      case 'check':
        return this.check(request.request)
      case 'shown': {
        const kept = this.kept.get(request.uri)
        return kept?.version === request.version ? encodeJson(kept.findings.slice(0, maxPublishedFindings)) : null
      }
      case 'hover': {
        const kept = this.kept.get(request.uri)
        return kept?.version === request.version ? hoverAt(kept.document, kept.findings, request.offset) : null
      }
      case 'fixAll': {
        const kept = this.kept.get(request.uri)
        if (kept?.version !== request.version) return 'stale'
        return fixAll(kept.document, kept.format, kept.findings, request.versioned) ?? null
      }
      case 'forget':
        this.kept.delete(request.uri)
        return null
      case 'fileChanged':
        return this.setup.fileChanged(request.file)
      case 'configFile':
        return this.configFile(request.request)
    }
  }

  private async check(request: CheckRequest): Promise<CheckReport> {
    const started = performance.now()
    let outcome: CheckOutcome
    try {
      const prepared = await this.setup.prepare(request)
      outcome = prepared.run(request.text)
    } catch (error) {
      // A failure is a finding on the document, never silence.
      outcome = {
        format: formatFromLanguageId(request.languageId),
        findings: [],
        stats: null,
        problems: [couldNotCheckDiagnostic(error)],
        fileProblems: new Map(),
        docsLink: localDocsLink()
      }
    }
    const document = TextDocument.create(request.uri, request.languageId, request.version ?? 0, request.text)
    if (request.version !== undefined) this.kept.set(request.uri, {version: request.version, document, format: outcome.format, findings: outcome.findings})
    const {stats} = outcome
    const moreSections = Math.max(0, (stats?.sections.length ?? 0) - maxStatsSections)
    return {
      format: outcome.format,
      diagnostics: encodeJson([...checkBudget(request.settings).problems, ...outcome.problems, ...publishable(outcome.findings, document, outcome.docsLink)]),
      fileProblems: [...outcome.fileProblems],
      counts: countFindings(outcome.findings),
      stats: encodeJson(stats && moreSections > 0 ? {...stats, sections: stats.sections.slice(0, maxStatsSections)} : stats),
      moreSections,
      workMs: performance.now() - started
    }
  }

  private async configFile(request: DocumentRequest): Promise<WorkerResults['configFile']> {
    try {
      const config = filePath(request.uri) === undefined ? undefined : await this.setup.configFor(request.uri)
      return {file: config?.file}
    } catch (error) {
      return {error: (error as Error)?.message ?? String(error)}
    }
  }
}

/** The byte buffers in a result (itself, or its members): moved to the main thread, not copied. */
function transferables(result: unknown): ArrayBuffer[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer]
  if (typeof result !== 'object' || result === null) return []
  return Object.values(result).flatMap((value) => (value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []))
}

/** Serves requests from the main thread (see check-workers.ts). */
export function runCheckWorker(): void {
  const port = parentPort
  if (!port) throw new Error('The check worker runs on a worker thread.')
  const state = new CheckWorkerState()
  port.on('message', (message: WorkerMessage) => {
    state.handle(message.request).then(
      (result) => port.postMessage({id: message.id, result} satisfies WorkerReply, transferables(result)),
      (error: unknown) => port.postMessage({id: message.id, error: (error as Error)?.stack ?? String(error)} satisfies WorkerReply)
    )
  })
  port.postMessage({ready: true} satisfies WorkerReply)
}
