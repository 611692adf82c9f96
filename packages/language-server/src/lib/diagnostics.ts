/**
 * One function maps a finding to an LSP diagnostic. `data` carries what code actions need
 * (`actual`, `expected`, the rule's extras, a dictionary entry's term, kind and action), so they
 * never run a second check.
 *
 * Each level is the editor's level of the same name (`info` is Information), so the editor's
 * problems view lists exactly the findings every other surface counts, each use of a repeated
 * term included. Suggestions, shown only with the `suggestions` setting, are hints: no squiggle,
 * not in the problems view, and counted apart, as the CLI counts them. A sentence finding
 * underlines only the sentence's opening words, so the words inside it keep their own
 * underlines; the whole sentence's range rides in `data.range`, for the fixes.
 */
import {openingWordsEnd, rules, type FindingData as FindingPayload, type FindingEntry, type FindingSeverity, type FindingSubject, type MessageJson, type RuleId} from '@plainspeak/core'
import {Diagnostic, DiagnosticSeverity, type Position, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {FindingCounts} from '../protocol.js'
import {maxPublishedFindings} from '../protocol.js'
import {isRange} from './edits.js'

export const diagnosticSource = 'plainspeak'

const severities: Record<FindingSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** What a Plainspeak diagnostic's `data` holds. */
export interface FindingData {
  actual: string
  expected: string[]
  /** What the finding is about, as its rule declares it: the term or acronym to allow, or a sentence. */
  subject?: FindingSubject
  /** The finding's whole span, when the diagnostic underlines only part of it (a sentence's opening words). */
  range?: Range
  /** A suggestion: correct but minor, published only with the `suggestions` setting. */
  suggestion?: true
  [extra: string]: unknown
}

/**
 * A finding's point as an LSP position (0-based line, UTF-16 character). Core counts lines as
 * editors do (at `\n`, `\r\n` and a lone `\r`), from 1, in the text the editor sent.
 */
const positionOf = (line: number, column: number): Position => ({line: line - 1, character: column - 1})

/** The finding's span as an LSP range. */
export function findingRange(message: Pick<MessageJson, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {start: positionOf(message.line, message.column), end: positionOf(message.endLine, message.endColumn)}
}

/** Whether a finding judges a whole sentence (readability, sentence-length, passive). */
export const isSentenceFinding = (message: Pick<MessageJson, 'ruleId'>) => rules[message.ruleId as RuleId]?.level === 'sentence'

/** The range an editor underlines: a sentence finding's opening words, any other finding's whole span. */
export function shownRange(message: Pick<MessageJson, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'ruleId' | 'actual'>, document: Pick<TextDocument, 'positionAt'>): Range {
  if (!isSentenceFinding(message)) return findingRange(message)
  const start = positionOf(message.line, message.column)
  const length = openingWordsEnd(message.actual)
  // The opening words are nearly always on the sentence's first line; if not, the document says where they end.
  const sameLine = !/[\n\r]/.test(message.actual.slice(0, length))
  return {start, end: sameLine ? {line: start.line, character: start.character + length} : document.positionAt(message.offset + length)}
}

/** Which use of a repeated term this is (`data.group`, shared by every use of one term in a document). */
export function repeatOf(data: FindingPayload): {count: number; ordinal: number} | undefined {
  const {group} = data
  return group ? {count: group.count, ordinal: group.ordinal} : undefined
}

/**
 * A dictionary entry as a diagnostic carries it: its term, kind and action. Its sources are in the
 * hover; repeated in every diagnostic they were a fifth of what a check sent to the editor.
 */
function entryBrief({term, kind, action}: FindingEntry): Pick<FindingEntry, 'term' | 'kind' | 'action'> {
  return {term, kind, action}
}

/** The level an editor shows: a suggestion (with the `suggestions` setting) is a hint, shown without a squiggle; any other finding keeps its own level. */
export const diagnosticSeverity = (message: Pick<MessageJson, 'severity' | 'suggestion'>): DiagnosticSeverity => (message.suggestion ? DiagnosticSeverity.Hint : severities[message.severity])

export function messageToDiagnostic(message: MessageJson, document: Pick<TextDocument, 'positionAt'>, docsLink: (ruleId: string) => string = () => message.url): Diagnostic {
  const range = shownRange(message, document)
  const {entry, ...extras} = message.data
  const data: FindingData = {...extras, ...(entry === undefined ? {} : {entry: entryBrief(entry)}), actual: message.actual, expected: message.expected, subject: message.subject}
  if (isSentenceFinding(message)) data.range = findingRange(message)
  if (message.suggestion) data.suggestion = true
  return {
    range,
    message: message.reason,
    severity: diagnosticSeverity(message),
    code: message.ruleId,
    codeDescription: {href: docsLink(message.ruleId)},
    source: diagnosticSource,
    data
  }
}

/** A problem that stopped the check (bad settings, unreadable configuration), shown at the top of the document. */
export function problemDiagnostic(message: string, code: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return Diagnostic.create({start: {line: 0, character: 0}, end: {line: 0, character: 0}}, message, severity, code, diagnosticSource)
}

/** A check that failed (in the engine, in its setup, or its worker): a finding on the document, never silence. */
export function couldNotCheckDiagnostic(error: unknown): Diagnostic {
  return problemDiagnostic(`Plainspeak could not check this document: ${(error as Error)?.message ?? error}`, 'internal')
}

/** Diagnostics to publish: the first `maxPublishedFindings` findings, then a note saying how many more there are. */
export function publishable(messages: readonly MessageJson[], document: Pick<TextDocument, 'positionAt'>, docsLink?: (ruleId: string) => string): Diagnostic[] {
  const shown = messages.slice(0, maxPublishedFindings).map((message) => messageToDiagnostic(message, document, docsLink))
  if (messages.length > maxPublishedFindings) {
    shown.push(
      problemDiagnostic(
        `Plainspeak found ${messages.length} things to look at; the first ${maxPublishedFindings} are shown. Fix those, or split the document.`,
        'too-many-findings',
        DiagnosticSeverity.Information
      )
    )
  }
  return shown
}

/** Findings per level as the problems view lists them (every use of a repeated term), and the suggestions apart, as the CLI counts them. */
export function countFindings(messages: readonly Pick<MessageJson, 'severity' | 'ruleId' | 'suggestion'>[]): FindingCounts {
  const counts: FindingCounts = {total: messages.length, error: 0, warning: 0, info: 0, suggestions: 0, byRule: {}}
  for (const message of messages) {
    if (message.suggestion) counts.suggestions++
    else counts[message.severity]++
    counts.byRule[message.ruleId] = (counts.byRule[message.ruleId] ?? 0) + 1
  }
  return counts
}

/** Reads a diagnostic's `data` defensively: it comes back from the client. */
export function findingData(diagnostic: Diagnostic): FindingData | undefined {
  if (diagnostic.source !== diagnosticSource) return undefined
  const data = diagnostic.data as Partial<FindingData> | undefined
  if (typeof data !== 'object' || data === null || typeof data.actual !== 'string' || !Array.isArray(data.expected)) return undefined
  if (!data.expected.every((item) => typeof item === 'string')) return undefined
  if (data.range !== undefined && !isRange(data.range)) return undefined
  if (data.subject !== undefined && !isSubject(data.subject)) return undefined
  return data as FindingData
}

function isSubject(value: unknown): value is FindingSubject {
  if (typeof value !== 'object' || value === null) return false
  const {kind, text} = value as {kind?: unknown; text?: unknown}
  return kind === 'sentence' || ((kind === 'term' || kind === 'acronym') && typeof text === 'string' && text !== '')
}

/** The range a finding's fixes act on: the whole finding, even where the diagnostic underlines less. */
export const fixRange = (diagnostic: Diagnostic, data: FindingData): Range => data.range ?? diagnostic.range
