/**
 * "Not useful here" in the pane: the record of one dismissal per finding, as the CLI and the
 * language server write it to `.plainspeak/feedback.yml` (rule, term, audience, reason, date and
 * fingerprint; never the words around it), and the same YAML for the author to export. Pure; no
 * Word, no DOM.
 */
import type {Audience} from '@plainspeak/base'
import {formatFeedbackRecord, type Dismissal, type DismissalReason} from '@plainspeak/config/feedback-format'
import type {Finding} from './findings.js'

/** Today as the record writes dates: `YYYY-MM-DD`. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10)

/** One dismissal per finding (an item's every use), at this audience. */
export function dismissalsOf(findings: readonly Finding[], audience: Audience, reason: DismissalReason | undefined, date: string): Dismissal[] {
  return findings.map((finding) => ({
    rule: finding.ruleId,
    ...(finding.term !== undefined ? {term: finding.term} : {}),
    audience,
    ...(reason ? {reason} : {}),
    date,
    fingerprint: finding.fingerprint
  }))
}

/** The fingerprints dismissed at one audience: a dismissal at another audience leaves the finding there. */
export function dismissedAt(dismissals: readonly Dismissal[], audience: Audience): Set<string> {
  return new Set(dismissals.filter((dismissal) => dismissal.audience === audience).map((dismissal) => dismissal.fingerprint))
}

/** The document's dismissals as `.plainspeak/feedback.yml`, for a team to add to its project's record. */
export const feedbackFile = (dismissals: readonly Dismissal[]): string => formatFeedbackRecord(dismissals)
