/**
 * One function maps a finding to an LSP diagnostic. `data` carries what code actions need
 * (`actual`, `expected`, the rule's extras), so they never run a second check.
 */
import type {PlainspeakMessage} from '@plainspeak/core'
import {Diagnostic, DiagnosticSeverity, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {FindingCounts} from '../protocol.js'
import {maxPublishedFindings} from '../protocol.js'

export const diagnosticSource = 'plainspeak'

const severities: Record<PlainspeakMessage['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** What a Plainspeak diagnostic's `data` holds. */
export interface FindingData {
  actual: string
  expected: string[]
  [extra: string]: unknown
}

/** The finding's span as an LSP range: 0-based line, UTF-16 character, from the message's offsets. */
export function findingRange(message: Pick<PlainspeakMessage, 'place'>, document: Pick<TextDocument, 'positionAt'>): Range {
  return {start: document.positionAt(message.place.start.offset), end: document.positionAt(message.place.end.offset)}
}

export function messageToDiagnostic(message: PlainspeakMessage, document: Pick<TextDocument, 'positionAt'>): Diagnostic {
  const data: FindingData = {...message.data, actual: message.actual, expected: message.expected}
  return {
    range: findingRange(message, document),
    message: message.reason,
    severity: severities[message.severity],
    code: message.ruleId,
    codeDescription: {href: message.url},
    source: diagnosticSource,
    data
  }
}

/** A problem that stopped the check (bad settings, unreadable configuration), shown at the top of the document. */
export function problemDiagnostic(message: string, code: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  return Diagnostic.create({start: {line: 0, character: 0}, end: {line: 0, character: 0}}, message, severity, code, diagnosticSource)
}

/** Diagnostics to publish: the first `maxPublishedFindings` findings, then a note saying how many more there are. */
export function publishable(messages: readonly PlainspeakMessage[], document: Pick<TextDocument, 'positionAt'>): Diagnostic[] {
  const shown = messages.slice(0, maxPublishedFindings).map((message) => messageToDiagnostic(message, document))
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

export function countFindings(messages: readonly PlainspeakMessage[]): FindingCounts {
  const counts: FindingCounts = {total: messages.length, error: 0, warning: 0, info: 0, byRule: {}}
  for (const message of messages) {
    counts[message.severity]++
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
  return data as FindingData
}
