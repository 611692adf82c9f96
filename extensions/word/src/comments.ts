/**
 * "Add as comments": one Word comment per finding of the default view, and one per group of
 * repeats (a term used five times gets one comment, at its first use). Suggestions stay in the
 * pane. Pure; no Word, no DOM.
 */
import {plural} from '@plainspeak/core/text'
import type {Finding} from './findings.js'
import type {CommentRequest} from './word-adapter.js'

/**
 * A comment's text: the finding's reason, which already says what to use instead, then any
 * alternative it does not name, and how many uses the comment stands for. One short paragraph,
 * each suggestion said once.
 */
export function commentText(finding: Finding, uses = 1): string {
  const parts = [`Plainspeak: ${finding.reason}`]
  const alternatives = finding.expected.filter((alternative) => alternative !== '')
  const unnamed = alternatives.filter((alternative) => !finding.reason.includes(alternative))
  const lead = unnamed.length < alternatives.length ? 'Or' : 'Try'
  if (unnamed.length > 0) parts.push(`${lead}: ${unnamed.map((alternative) => `“${alternative}”`).join(', ')}.`)
  if (uses > 1) parts.push(`Used ${plural(uses, 'time')} in this document; this comment is on the first.`)
  return parts.join(' ')
}

/** The comments to add: the default view's findings, one per group of repeats, in document order. */
export function commentRequests(findings: readonly Finding[]): CommentRequest[] {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    if (finding.suggestion) continue
    const group = groups.get(finding.repeatKey) ?? []
    group.push(finding)
    groups.set(finding.repeatKey, group)
  }
  return [...groups.values()].flatMap((group) => {
    const first = group.find((finding) => finding.target)
    return first ? [{target: first.target!, comment: commentText(first, group.length)}] : []
  })
}
