import type {FindingSeverity} from '@plainspeak/base'
import type {RawFinding} from './rule.js'
import {ruleOf} from './registry.js'

/**
 * One span gets one finding, across all rules, so no surface gives the same
 * advice twice for the same words.
 *
 * - Word-level findings that overlap compete and the more specific rule wins
 *   (inclusive over jargon over acronyms over simpler-word; then the longer span).
 * - Sentence-level findings on the very same sentence become one: the
 *   higher-priority rule keeps the finding (sentence-length over readability),
 *   takes the higher severity, and the other's advice is folded into its note.
 * - A sentence-level finding on the same words as a word-level finding (passive
 *   "are signposted" and jargon "signposted") is folded into the word-level
 *   finding's note: the word is the thing to change, and the reader gets one
 *   message. A rule with its own `foldOn` words (passive voice: its participle)
 *   folds into a word-level finding there; other sentence-level rules only
 *   into one that covers at least half of their span (never in practice: a
 *   sentence is more than a word). Each rule declares its policy (rule.ts).
 *
 * Each folded finding is listed in the keeper's `data.also` (`ruleId`, `reason`).
 * The result is in document order.
 */
export function resolveOverlaps(findings: readonly RawFinding[]): RawFinding[] {
  const words: RawFinding[] = []
  const bySentence = new Map<string, RawFinding>()
  // Sentence-level findings that fold on words of their own (see `foldOn` in rule.ts).
  const ownWords: RawFinding[] = []
  for (const finding of findings) {
    if (finding.level === 'word') words.push(finding)
    else if (ruleOf(finding.ruleId).foldOn) ownWords.push(finding)
    else {
      const key = `${finding.start}:${finding.end}`
      const other = bySentence.get(key)
      if (!other) bySentence.set(key, finding)
      else bySentence.set(key, wins(finding, other) ? fold(finding, other) : fold(other, finding))
    }
  }

  const keptWords = resolveWordFindings(words)
  const kept: RawFinding[] = []
  // Sentence-level findings last: each folds into a word-level finding on its words, or stays.
  const sentenceLevel = Array.from(bySentence.values()).concat(ownWords).sort((a, b) => a.start - b.start || a.end - b.end)
  for (const finding of sentenceLevel) {
    const foldOn = ruleOf(finding.ruleId).foldOn
    const target = foldOn ? overlapping(keptWords, foldOn(finding), 0) : overlapping(keptWords, finding, 0.5)
    if (target === undefined) kept.push(finding)
    else keptWords[target] = fold(keptWords[target]!, finding, false)
  }
  return kept.concat(keptWords).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}

const rank: Record<FindingSeverity, number> = {info: 0, warning: 1, error: 2}

/** `keeper` with `other`'s advice in its note and `data.also`; with `raise`, the higher of the two severities. */
function fold(keeper: RawFinding, other: RawFinding, raise = true): RawFinding {
  const also = keeper.data?.also ?? []
  const advice = other.reason.charAt(0).toLowerCase() + other.reason.slice(1)
  return {
    ...keeper,
    severity: raise && rank[other.severity] > rank[keeper.severity] ? other.severity : keeper.severity,
    note: `${keeper.note} Also: ${advice}`,
    data: {...keeper.data, also: [...also, {ruleId: other.ruleId, reason: other.reason}]}
  }
}

/**
 * The index of the word-level finding (sorted by start) that `finding` overlaps
 * most, when the overlap is at least `share` of `finding`'s span (0: any overlap).
 */
function overlapping(sorted: readonly RawFinding[], finding: {start: number; end: number}, share: number): number | undefined {
  let best: number | undefined
  let bestOverlap = 0
  // Kept word-level findings do not overlap one another, so sorted by start they are sorted by end too.
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.end <= finding.start) low = middle + 1
    else high = middle
  }
  for (let index = low; index < sorted.length && sorted[index]!.start < finding.end; index++) {
    const word = sorted[index]!
    const overlap = Math.min(word.end, finding.end) - Math.max(word.start, finding.start)
    if (overlap > bestOverlap) {
      best = index
      bestOverlap = overlap
    }
  }
  return best !== undefined && bestOverlap >= share * (finding.end - finding.start) ? best : undefined
}

/**
 * Word-level findings, in clusters of findings that overlap one another:
 * within a cluster the best wins first, then whatever does not overlap a
 * winner. The result is sorted by start.
 */
function resolveWordFindings(words: RawFinding[]): RawFinding[] {
  const kept: RawFinding[] = []
  words.sort((a, b) => a.start - b.start || b.end - a.end)
  let cluster: RawFinding[] = []
  let clusterEnd = -1
  const settle = () => {
    if (cluster.length === 1) kept.push(cluster[0]!)
    else if (cluster.length > 1) for (const finding of pickWithin(cluster).sort((a, b) => a.start - b.start)) kept.push(finding)
    cluster = []
  }
  for (const finding of words) {
    if (finding.start >= clusterEnd) settle()
    cluster.push(finding)
    clusterEnd = Math.max(clusterEnd, finding.end)
  }
  settle()
  return kept
}

function wins(a: RawFinding, b: RawFinding): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.end - a.start > b.end - b.start)
}

function pickWithin(cluster: RawFinding[]): RawFinding[] {
  const ranked = [...cluster].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: RawFinding[] = []
  for (const finding of ranked) {
    if (chosen.every((other) => finding.end <= other.start || finding.start >= other.end)) chosen.push(finding)
  }
  return chosen
}
