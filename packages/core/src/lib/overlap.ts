import type {RawFinding} from './rule.js'

/**
 * One span gets one finding. Word-level findings that overlap compete and the
 * more specific rule wins (inclusive over jargon over acronyms over
 * simpler-word; then the longer span). Sentence-level findings on the very
 * same sentence compete the same way (sentence-length over readability).
 * The result is in document order.
 */
export function resolveOverlaps(findings: readonly RawFinding[]): RawFinding[] {
  const ranked = [...findings].sort(
    (a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start
  )
  const takenWords: Array<[number, number]> = []
  const takenSentences = new Set<string>()
  const kept: RawFinding[] = []
  for (const finding of ranked) {
    if (finding.level === 'sentence') {
      const key = `${finding.start}:${finding.end}:${finding.ruleId === 'passive' ? 'voice' : 'sentence'}`
      if (takenSentences.has(key)) continue
      takenSentences.add(key)
      kept.push(finding)
      continue
    }
    if (overlapsAny(takenWords, finding.start, finding.end)) continue
    insertSorted(takenWords, [finding.start, finding.end])
    kept.push(finding)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}

/** Binary search over disjoint, sorted ranges. */
function overlapsAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![1] <= start) low = middle + 1
    else high = middle
  }
  const candidate = ranges[low]
  return candidate !== undefined && candidate[0] < end
}

function insertSorted(ranges: Array<[number, number]>, range: [number, number]): void {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![0] < range[0]) low = middle + 1
    else high = middle
  }
  ranges.splice(low, 0, range)
}
