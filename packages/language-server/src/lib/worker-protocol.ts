/**
 * What the server's main thread and its check worker say to each other (see check-worker.ts and
 * check-workers.ts). Everything here crosses a thread, so it is plain data: findings travel as
 * core's `MessageJson`, never as vfile messages (structured cloning keeps only an Error's message).
 */
import type {Format} from '@plainspeak/core'
import type {CodeAction, Diagnostic, Hover} from 'vscode-languageserver'
import type {FindingCounts, PlainspeakSettings} from '../protocol.js'

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
 * A check's result, ready to publish. The large parts travel as UTF-8 JSON bytes, transferred
 * from the worker rather than copied, and the main thread writes them to the editor as they are
 * (see prebuilt-json.ts): it parses the statistics only when a command needs them, and the
 * findings behind hovers come in a request of their own (`shown`) after the diagnostics are out.
 * So a 5 MB document's results never hold the main loop for long.
 */
export interface CheckReport {
  format: Format
  /** Diagnostics to publish on the document (`Diagnostic[]` as UTF-8 JSON): what stopped or limited the check, then the first findings. */
  diagnostics: Uint8Array
  /** Dictionary problems to show on the dictionary files themselves, by absolute path. */
  fileProblems: Array<[file: string, diagnostics: Diagnostic[]]>
  counts: FindingCounts
  /** `DocumentStats | null` as UTF-8 JSON, with at most `maxStatsSections` sections. */
  stats: Uint8Array
  /** Sections left out of `stats` (see `StatsParams.moreSections`). */
  moreSections: number
  /** Milliseconds the worker spent. */
  workMs: number
}

export type WorkerRequest =
  | {type: 'check'; request: CheckRequest}
  | {type: 'shown'; uri: string; version: number}
  | {type: 'hover'; uri: string; version: number; offset: number}
  | {type: 'fixAll'; uri: string; version: number; versioned: boolean}
  | {type: 'forget'; uri: string}
  | {type: 'fileChanged'; file: string}
  | {type: 'configFile'; request: DocumentRequest}

export interface WorkerResults {
  check: CheckReport
  /** The published findings (`MessageJson[]` as UTF-8 JSON), for hovers on the main thread; `null` when the worker holds another version. */
  shown: Uint8Array | null
  hover: Hover | null
  /** `stale` when the worker holds no findings for that version. */
  fixAll: CodeAction | null | 'stale'
  forget: null
  fileChanged: boolean
  /** The project file that applies, or the reason it cannot be used. */
  configFile: {file: string | undefined} | {error: string}
}

export type WorkerMessage = {id: number; request: WorkerRequest}
/** `ready`: the worker has loaded and listens (a check's time starts then). */
export type WorkerReply = {id: number; result: unknown} | {id: number; error: string} | {ready: true}
