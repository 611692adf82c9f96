/**
 * The feedback record's vocabulary and its YAML, with no file system: the reasons a writer can
 * give for "Not useful here", one dismissal's shape, and how the record is written. The CLI and the
 * language server append through `feedback-record.ts`; the Word pane, which keeps its dismissals
 * in the document's settings, exports the same YAML through this module (`@plainspeak/config/feedback-format`).
 */
import type {Audience} from '@plainspeak/base'

/** Why a writer said "Not useful here". */
export const dismissalReasons = ['readers-know', 'wrong-meaning', 'not-a-sentence', 'other'] as const
export type DismissalReason = (typeof dismissalReasons)[number]

/** Each reason as a writer reads it (code action titles, the summary, the Word pane). */
export const dismissalReasonLabels: Record<DismissalReason, string> = {
  'readers-know': 'readers know this word',
  'wrong-meaning': 'wrong meaning here',
  'not-a-sentence': 'not a sentence',
  other: 'other'
}

export interface Dismissal {
  rule: string
  /** The term or acronym the finding is about; absent for a finding about a sentence. */
  term?: string
  audience: Audience
  reason?: DismissalReason
  /** `YYYY-MM-DD`. */
  date: string
  /** 16 hex digits (core's `findingFingerprint`). */
  fingerprint: string
}

/**
 * The dismissals in `added` that `existing` does not hold yet, each once: one place (fingerprint)
 * at one audience is one dismissal, whoever marked it and however often. The Word pane adds to its
 * document's record this way, and `plainspeak feedback import` to the project's.
 */
export function newDismissals(existing: readonly Dismissal[], added: readonly Dismissal[]): Dismissal[] {
  const key = (dismissal: Dismissal) => `${dismissal.audience}|${dismissal.fingerprint}`
  const known = new Set(existing.map(key))
  return added.filter((dismissal) => !known.has(key(dismissal)) && Boolean(known.add(key(dismissal))))
}

/** The comment a new record starts with. */
export const feedbackRecordHeader =
  '# Plainspeak: findings marked "Not useful here". Each item is one dismissal; the fingerprint is a\n' +
  '# hash of the words around the finding, never the words. Add items at the end only.\n'

/** One list item, fields in a fixed order, values quoted where YAML would misread them. */
export function formatDismissal(dismissal: Dismissal): string {
  const value = (text: string) => (/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) ? text : JSON.stringify(text))
  const lines = [`- rule: ${value(dismissal.rule)}`]
  if (dismissal.term !== undefined) lines.push(`  term: ${value(dismissal.term)}`)
  lines.push(`  audience: ${dismissal.audience}`)
  if (dismissal.reason) lines.push(`  reason: ${dismissal.reason}`)
  lines.push(`  date: "${dismissal.date}"`, `  fingerprint: "${dismissal.fingerprint}"`)
  return lines.join('\n') + '\n'
}

/** A whole record, as a new `.plainspeak/feedback.yml` holds these dismissals. */
export function formatFeedbackRecord(dismissals: readonly Dismissal[]): string {
  return feedbackRecordHeader + dismissals.map(formatDismissal).join('')
}
