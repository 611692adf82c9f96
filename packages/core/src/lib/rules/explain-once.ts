/**
 * Explain entries are settled for the whole document: a term of art (coproduction, reablement)
 * is flagged at most once per document (or per section, with `acronymScope: section`), at its
 * first use, and not at all when it is explained there or in a Glossary section. A rule reports
 * every use of such a term with its `explainOnce` notes (the term, whether it is explained on the
 * spot, the reason for "explained later"); this filter keeps the one finding a writer needs.
 */
import type {PlacedBlock} from '../acronyms/analyse.js'
import type {ExplainOnce, FindingData, RawFinding} from './rule.js'
import {firstIndex} from '../text/search.js'

interface ExplainUse {
  finding: RawFinding
  block: number
  once: ExplainOnce
}

const isExplainFinding = (finding: RawFinding) => finding.explainOnce !== undefined

/** The finding as it leaves this step: without its working notes. */
function cleaned(finding: RawFinding, extra: FindingData = {}): RawFinding {
  return {...finding, explainOnce: undefined, data: {...finding.data, ...extra}}
}

export function settleExplainFindings(
  findings: readonly RawFinding[],
  blocks: readonly Pick<PlacedBlock, 'start' | 'section'>[],
  scope: 'document' | 'section',
  lineAt: (offset: number) => number
): RawFinding[] {
  if (!findings.some(isExplainFinding)) return [...findings]
  const blockOf = (offset: number) => Math.max(0, firstIndex(blocks, (block) => block.start <= offset) - 1)
  const groups = new Map<string, ExplainUse[]>()
  for (const finding of findings) {
    if (!isExplainFinding(finding)) continue
    const block = blockOf(finding.start)
    const once = finding.explainOnce!
    const key = `${finding.ruleId}\u0000${once.key}\u0000${scope === 'section' ? blocks[block]!.section : 0}`
    const uses = groups.get(key) ?? []
    uses.push({finding, block, once})
    groups.set(key, uses)
  }

  const kept = new Set<RawFinding>()
  const replaced = new Map<RawFinding, RawFinding>()
  for (const uses of groups.values()) {
    // A glossary row defines the term for everyone.
    if (uses.some((use) => use.once.explained === 'glossary')) continue
    // The first use that a reader meets in prose; a heading counts only when it explains ("What is coproduction?").
    const first = uses.find((use) => !use.once.heading || use.once.explained) ?? uses[0]!
    const near = uses.find((use) => use.once.explained && use.block <= first.block + 1)
    if (near) continue
    const later = uses.find((use) => use.once.explained && use.block > first.block + 1)
    if (later) {
      const line = lineAt(later.finding.start)
      replaced.set(first.finding, cleaned({...first.finding, reason: first.once.laterReason(line)}, {explainedAt: later.finding.start}))
    } else {
      replaced.set(first.finding, cleaned(first.finding))
    }
    kept.add(first.finding)
  }
  return findings.flatMap((finding) => (!isExplainFinding(finding) ? [finding] : kept.has(finding) ? [replaced.get(finding)!] : []))
}
