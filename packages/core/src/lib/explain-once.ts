/**
 * Explain entries are settled for the whole document: a term of art (coproduction, reablement)
 * is flagged at most once per document (or per section, with `acronymScope: section`), at its
 * first use, and not at all when it is explained there or in a Glossary section. The jargon rule
 * reports every use of such a term with whether it is explained on the spot; this filter keeps
 * the one finding a writer needs.
 */
import type {PlacedBlock} from './acronyms/analyse.js'
import type {RawFinding} from './rule.js'
import {firstIndex} from './text/search.js'

interface ExplainUse {
  finding: RawFinding
  block: number
  explained?: 'inline' | 'glossary'
  heading: boolean
}

const isExplainFinding = (finding: RawFinding) => (finding.data?.['entry'] as {action?: string} | undefined)?.action === 'explain'

/** The finding without the rule's working notes (`explained`, `heading`). */
function cleaned(finding: RawFinding, extra: Record<string, unknown> = {}): RawFinding {
  const {explained: _explained, heading: _heading, ...data} = finding.data ?? {}
  return {...finding, data: {...data, ...extra}}
}

export function settleExplainFindings(
  findings: readonly RawFinding[],
  blocks: readonly PlacedBlock[],
  scope: 'document' | 'section',
  lineAt: (offset: number) => number
): RawFinding[] {
  if (!findings.some(isExplainFinding)) return [...findings]
  const blockOf = (offset: number) => Math.max(0, firstIndex(blocks, (block) => block.start <= offset) - 1)
  const groups = new Map<string, ExplainUse[]>()
  for (const finding of findings) {
    if (!isExplainFinding(finding)) continue
    const block = blockOf(finding.start)
    const term = (finding.data!['entry'] as {term: string}).term.toLowerCase()
    const key = `${term}\u0000${scope === 'section' ? blocks[block]!.section : 0}`
    const uses = groups.get(key) ?? []
    uses.push({finding, block, explained: finding.data!['explained'] as ExplainUse['explained'], heading: finding.data!['heading'] === true})
    groups.set(key, uses)
  }

  const kept = new Set<RawFinding>()
  const replaced = new Map<RawFinding, RawFinding>()
  for (const uses of groups.values()) {
    // A glossary row defines the term for everyone.
    if (uses.some((use) => use.explained === 'glossary')) continue
    // The first use that a reader meets in prose; a heading counts only when it explains ("What is coproduction?").
    const first = uses.find((use) => !use.heading || use.explained) ?? uses[0]!
    const near = uses.find((use) => use.explained && use.block <= first.block + 1)
    if (near) continue
    const later = uses.find((use) => use.explained && use.block > first.block + 1)
    if (later) {
      const line = lineAt(later.finding.start)
      const term = first.finding.reason.match(/^Explain (“[^”]*”)/)?.[1] ?? 'this term'
      replaced.set(
        first.finding,
        cleaned({...first.finding, reason: `Explain ${term} where you first use it: you explain it later, on line ${line}.`}, {explainedAt: later.finding.start})
      )
    } else {
      replaced.set(first.finding, cleaned(first.finding))
    }
    kept.add(first.finding)
  }
  return findings.flatMap((finding) => (!isExplainFinding(finding) ? [finding] : kept.has(finding) ? [replaced.get(finding)!] : []))
}
