import type {PlainspeakMessage} from '../check.js'
import type {FindingData, FindingSubject} from '../rules/rule.js'

/** A finding as plain JSON, the same on every surface (CLI `--format json`, worker threads, the Word add-in). */
export interface MessageJson {
  ruleId: string
  source: string
  severity: 'error' | 'warning' | 'info'
  reason: string
  actual: string
  expected: string[]
  note: string
  url: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  /** What the finding is about: the term or acronym to allow or replace everywhere, or a sentence. */
  subject: FindingSubject
  /** A suggestion: correct but minor, returned only when suggestions are asked for. */
  suggestion: boolean
  /** The payload, typed field by field (`FindingData` in rule.ts). */
  data: FindingData
}

export function messageToJson(message: PlainspeakMessage): MessageJson {
  return {
    ruleId: message.ruleId,
    source: message.source,
    severity: message.severity,
    reason: message.reason,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    line: message.place.start.line,
    column: message.place.start.column,
    endLine: message.place.end.line,
    endColumn: message.place.end.column,
    offset: message.place.start.offset,
    endOffset: message.place.end.offset,
    subject: message.subject,
    suggestion: message.suggestion,
    data: message.data
  }
}

/** `3:5-3:9: Spell out JSNA …` — the compact form used in tests and terse output. */
export function messageToString(message: Pick<PlainspeakMessage, 'place' | 'reason'>): string {
  const {start, end} = message.place
  return `${start.line}:${start.column}-${end.line}:${end.column}: ${message.reason}`
}
