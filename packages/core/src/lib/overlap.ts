import type {RawFinding} from './rule.js'

/**
 * One span gets one finding. Word-level findings that overlap compete and the
 * more specific rule wins (inclusive over jargon over acronyms over
 * simpler-word; then the longer span). Sentence-level findings on the very
 * same span compete the same way (sentence-length over readability); passive
 * voice never hides another finding. The result is in document order.
 */
export function resolveOverlaps(findings: readonly RawFinding[]): RawFinding[] {
  const kept: RawFinding[] = []
  const words: RawFinding[] = []
  const sentences = new Map<string, RawFinding>()
  for (const finding of findings) {
    if (finding.level === 'word') {
      words.push(finding)
      continue
    }
    const key = `${finding.start}:${finding.end}:${finding.ruleId === 'passive' ? 'voice' : 'sentence'}`
    const other = sentences.get(key)
    if (!other || wins(finding, other)) sentences.set(key, finding)
  }
  for (const finding of sentences.values()) kept.push(finding)

  // Word-level findings, in clusters of findings that overlap one another:
  // within a cluster the best wins first, then whatever does not overlap a winner.
  words.sort((a, b) => a.start - b.start || b.end - a.end)
  let cluster: RawFinding[] = []
  let clusterEnd = -1
  const settle = () => {
    if (cluster.length === 1) kept.push(cluster[0]!)
    else if (cluster.length > 1) for (const finding of pickWithin(cluster)) kept.push(finding)
    cluster = []
  }
  for (const finding of words) {
    if (finding.start >= clusterEnd) settle()
    cluster.push(finding)
    clusterEnd = Math.max(clusterEnd, finding.end)
  }
  settle()
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
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
