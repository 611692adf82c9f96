/**
 * What the Plainspeak server and its clients agree on beyond LSP itself: the
 * `plainspeak/stats` notification, the server's commands and the settings.
 * Declared once here; the VS Code client imports this module
 * (`@plainspeak/language-server/protocol`). Keep it free of Node built-ins
 * and of the engine: clients bundle it.
 */
import {NotificationType} from 'vscode-languageserver-protocol'
import type {DocumentStats} from '@plainspeak/core'
import type {Audience} from '@plainspeak/base'

export type {DocumentStats, SectionStats, AcronymRow} from '@plainspeak/core'

/**
 * How many findings of each kind a document has. `error`, `warning` and `info` count what the
 * editor's problems view lists (each use of a repeated term, suggestions aside); `suggestions`
 * counts the suggestions published as hints (0 unless the `suggestions` setting is on); `total`
 * counts them all.
 */
export interface FindingCounts {
  total: number
  error: number
  warning: number
  info: number
  suggestions: number
  byRule: Record<string, number>
}

/** Sent after every check of an open document, with the version it describes. */
export interface StatsParams {
  uri: string
  version: number | null
  /**
   * `null` when the document could not be checked (bad settings) or Plainspeak is switched off.
   * `stats.sections` holds at most the first `maxStatsSections` sections.
   */
  stats: DocumentStats | null
  /** How many sections came after the first `maxStatsSections` and are left out of `stats.sections` (0 for nearly every document). */
  moreSections: number
  findings: FindingCounts
  /** Time the check took in the server, after the debounce (config, engine, mapping), in milliseconds. */
  elapsedMs: number
}

export const statsMethod = 'plainspeak/stats'
export const statsNotification = new NotificationType<StatsParams>(statsMethod)

/** Commands the server runs (`workspace/executeCommand`). */
export const serverCommands = {
  /** Arguments: one `AllowListArguments`. Adds a term to the nearest `.plainspeakrc*` `allow` list. */
  addToAllowList: 'plainspeak.server.addToAllowList',
  /** No arguments. Checks every Markdown, text and HTML file in the workspace; returns `CheckWorkspaceResult`. */
  checkWorkspace: 'plainspeak.server.checkWorkspace',
  /** Arguments: `{uri}`. Returns `GlossaryResult`, a glossary of the document's acronyms in its own format. */
  glossary: 'plainspeak.server.glossary',
  /**
   * Arguments: one `DismissArguments`. "Not useful here": adds the finding to the workspace
   * folder's `.plainspeak/feedback.yml` (never outside it) and checks again without it.
   */
  dismiss: 'plainspeak.server.dismiss'
} as const

export interface AllowListArguments {
  uri: string
  term: string
}

export interface DismissArguments {
  uri: string
  /** The finding's fingerprint (core's `findingFingerprint`), from its diagnostic's `data`. */
  fingerprint: string
  rule: string
  /** The term or acronym the finding is about; absent for a sentence. */
  term?: string
  audience: string
  /** `readers-know`, `wrong-meaning`, `not-a-sentence` or `other`; optional. */
  reason?: string
}

export interface AllowListResult {
  /** The configuration file written, as a file path. */
  file: string
  created: boolean
  added: boolean
}

export interface CheckWorkspaceResult {
  files: number
  /** Findings the problems view lists, per level: suggestions aside. */
  findings: number
  error: number
  warning: number
  info: number
  /** Suggestions published as hints (with the `suggestions` setting): in each file's text, not in the problems view. */
  suggestions: number
  /** Files left out: too large or unreadable. */
  skipped: number
  /** Why the files could not all be listed (too many, or ignore files too long to apply): nothing was checked. */
  stopped?: string
}

export interface GlossaryResult {
  /** Text ready to insert, or `''` when the document has no acronyms with a known meaning. */
  text: string
  acronyms: number
}

/** The workspace configuration section the server reads (`plainspeak.*`). */
export const settingsSection = 'plainspeak'

export type RuleSeveritySetting = 'off' | 'info' | 'warning' | 'error'

/** Editor settings. Project files (`.plainspeakrc*`) take precedence over them. */
export interface PlainspeakSettings {
  /** Check documents at all. */
  enable: boolean
  /** `public`, `board`, `staff` or `patient`; `null`: the project's, else `public`. */
  audience: Audience | null
  /** Rule severities, e.g. `{"passive": "off"}`. */
  rules: Record<string, RuleSeveritySetting | [RuleSeveritySetting, Record<string, unknown>]>
  /** Paths of organisation dictionaries (YAML), relative to the workspace folder. */
  dictionaries: string[]
  /**
   * Organisation folders, relative to the workspace folder: a project's `.plainspeakrc` may name
   * dictionaries in them as well as in its own folder tree (nowhere else).
   */
  organisationFolders: string[]
  /** The organisation's copy of the rule docs (`https://…`), for diagnostics' links; `null`: the project's, else the docs shipped with the server. */
  docsUrl: string | null
  /** Largest document to check, in megabytes of UTF-8 (the CLI's `--max-file-size`); a larger one gets one diagnostic saying why. */
  maxFileSize: number
  /** Longest one check may take, in seconds (the CLI's `--timeout`). */
  timeout: number
  /** Most memory one check worker may use, in megabytes: its heap (the CLI's `--max-memory`). */
  maxMemory: number
  /** Also show suggestions (the CLI's `--suggestions`): correct but minor findings, as hints marked `data.suggestion`. */
  suggestions: boolean
}

export const defaultSettings: PlainspeakSettings = {
  enable: true,
  audience: null,
  rules: {},
  dictionaries: [],
  organisationFolders: [],
  docsUrl: null,
  // The same limits as the `plainspeak` command's.
  maxFileSize: 5,
  timeout: 120,
  maxMemory: 1024,
  suggestions: false
}

/** Language ids the server checks. */
export const languageIds = ['markdown', 'plaintext', 'html'] as const

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Wait this many milliseconds after the last edit before checking (default 250; 0 for benchmarks). */
  debounce?: number
  /** Settings for clients that support neither `workspace/configuration` nor `didChangeConfiguration`. */
  settings?: Partial<PlainspeakSettings>
}

/** Publish at most this many findings per document; the rest are counted in a final note. */
export const maxPublishedFindings = 2000

/** The stats notification lists at most this many sections; the rest are counted in `moreSections`. */
export const maxStatsSections = 500

/** Code action kind of the "fix everything with one fix" action. */
export const fixAllKind = 'source.fixAll.plainspeak'
