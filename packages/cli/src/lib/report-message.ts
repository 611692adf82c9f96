/**
 * A finding as the CLI reports it, converted once from core's message on the worker that checked
 * the file; every reporter (stylish, JSON, SARIF, GitHub, GitLab, HTML) and the baseline read this.
 */
import type {FindingGroup, ParagraphPlace, PlainspeakMessage} from '@plainspeak/core'

/**
 * A finding in the CLI's JSON: core's message without `source` (always `plainspeak`) and
 * `data` (rule internals), so the documented shape stays small and stable. `group` is kept: every
 * finding of the same term in a file shares it, so tools can treat a repeated word as one thing.
 * In a Word document (where `line` is the paragraph's index) `paragraph` says where that is in
 * words a writer can find: the heading it sits under and the paragraph's opening words.
 */
export interface ReportMessage {
  ruleId: string
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
  group?: FindingGroup
  paragraph?: ParagraphPlace
}

export function toReportMessage(message: PlainspeakMessage, paragraph?: ParagraphPlace): ReportMessage {
  const {start, end} = message.place
  const group = message.data['group'] as FindingGroup | undefined
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    reason: message.reason,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    ...(group ? {group} : {}),
    ...(paragraph ? {paragraph} : {})
  }
}
