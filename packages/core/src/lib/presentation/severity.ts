/**
 * Severity names and counts, the same on every surface. There are three levels, `error`,
 * `warning` and `info`; `info` is the lowest and never makes a run fail. Editors list all three
 * in their problems view, so every surface counts the same findings; only suggestions (shown
 * when asked for) are hints there, counted apart.
 */
import type {FindingSeverity} from '@plainspeak/base'
import {plural} from './wording.js'

/** Most severe first. */
export const severityLevels: readonly FindingSeverity[] = ['error', 'warning', 'info']

/** The name of each level, for people: one word, lower case, used everywhere. */
export const severityNames: Readonly<Record<FindingSeverity, {one: string; many: string}>> = {
  error: {one: 'error', many: 'errors'},
  warning: {one: 'warning', many: 'warnings'},
  // "info" is a level, not a countable thing: "3 info", as in "3 warnings".
  info: {one: 'info', many: 'info'}
}

export type SeverityCounts = Record<FindingSeverity, number>

/** Counts findings per level. */
export function countSeverities(findings: Iterable<{severity: FindingSeverity}>): SeverityCounts {
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/** `1 error, 2 warnings, 3 info`: the levels that have findings, most severe first; `no findings` when none. */
export function describeSeverityCounts(counts: SeverityCounts): string {
  const parts = severityLevels.filter((level) => counts[level] > 0).map((level) => plural(counts[level], severityNames[level].one, severityNames[level].many))
  return parts.length === 0 ? 'no findings' : parts.join(', ')
}

/** `5 findings (2 warnings, 3 info)`, `1 finding (1 warning)`, `no findings`. */
export function describeFindings(counts: SeverityCounts): string {
  const total = counts.error + counts.warning + counts.info
  return total === 0 ? 'no findings' : `${plural(total, 'finding')} (${describeSeverityCounts(counts)})`
}
