/**
 * What the server's main thread and its check worker say to each other (see check-worker.ts and
 * check-workers.ts). Everything here crosses a thread, so it is plain data: findings travel as
 * `ShownFinding`s, never as vfile messages (structured cloning keeps only an Error's message).
 */
import type {Format, PlainspeakMessage} from '@plainspeak/core'
import type {CodeAction, Diagnostic, Hover} from 'vscode-languageserver'
import type {FindingCounts, PlainspeakSettings} from '../protocol.js'

/** The fields of a finding the main thread's hovers and fixes read. */
export type ShownFinding = Pick<PlainspeakMessage, 'ruleId' | 'severity' | 'reason' | 'actual' | 'expected' | 'note' | 'url' | 'place' | 'data' | 'subject'>

export interface DocumentRequest {
  uri: string
  languageId: string
  settings: PlainspeakSettings
  /** The workspace folder holding the document, as a path: where editor dictionary paths start. */
  workspaceFolder: string | undefined
}

export interface CheckRequest extends DocumentRequest {
  text: string
  /** The open document's version: the worker keeps the findings for hovers and fixes. Absent for a file on disk. */
  version?: number
}

/**
 * A check's result, ready to publish. The large parts travel as JSON text: a string crosses the
 * thread at the cost of a copy, and the main thread parses each part in its own turn of the event
 * loop (and the findings only when a hover needs them), so a 5 MB document's results never hold
 * the main loop for long.
 */
export interface CheckReport {
  format: Format
  /** Diagnostics to publish on the document (`Diagnostic[]`): what stopped or limited the check, then the first findings. */
  diagnosticsJson: string
  /** Dictionary problems to show on the dictionary files themselves, by absolute path. */
  fileProblems: Array<[file: string, diagnostics: Diagnostic[]]>
  counts: FindingCounts
  /** `DocumentStats | null`. */
  statsJson: string
  /** The findings published (`ShownFinding[]`, all of them up to `maxPublishedFindings`); the worker keeps the rest. */
  shownJson: string
  /** Milliseconds the worker spent. */
  workMs: number
}

export type WorkerRequest =
  | {type: 'check'; request: CheckRequest}
  | {type: 'hover'; uri: string; version: number; offset: number}
  | {type: 'fixAll'; uri: string; version: number; versioned: boolean}
  | {type: 'forget'; uri: string}
  | {type: 'fileChanged'; file: string}
  | {type: 'configFile'; request: DocumentRequest}

export interface WorkerResults {
  check: CheckReport
  hover: Hover | null
  /** `stale` when the worker holds no findings for that version. */
  fixAll: CodeAction | null | 'stale'
  forget: null
  fileChanged: boolean
  /** The project file that applies, or the reason it cannot be used. */
  configFile: {file: string | undefined} | {error: string}
}

export type WorkerMessage = {id: number; request: WorkerRequest}
export type WorkerReply = {id: number; result: unknown} | {id: number; error: string}
