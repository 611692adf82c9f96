/**
 * A bulk fix: of a document's findings, the edits for those whose fix is safe (safety.ts), none
 * overlapping another. What `plainspeak fix`, the editors' fix-all and the Word pane apply.
 */
import type {Format} from '../rules/options.js'
import {compatibleEdits} from './apply.js'
import {fixEdit} from './edit.js'
import type {FixableFinding, FixEdit} from './finding.js'
import {protectedSpans} from './protected-spans.js'
import {fixRisk, type FixRisk} from './safety.js'

export interface SafeFix<F extends FixableFinding = FixableFinding> {
  finding: F
  edit: FixEdit
}

export interface BulkFixes<F extends FixableFinding = FixableFinding> {
  /** In document order, none overlapping another. */
  fixes: SafeFix<F>[]
  /** Findings left for a person, and why. */
  held: Array<{finding: F; risk: FixRisk | 'changed' | 'overlap'}>
}

export function safeFixes<F extends FixableFinding>(text: string, findings: readonly F[], format: Format): BulkFixes<F> {
  const spans = protectedSpans(text, format)
  const candidates: SafeFix<F>[] = []
  const held: BulkFixes<F>['held'] = []
  for (const finding of findings) {
    const risk = fixRisk(text, finding, spans)
    if (risk) {
      // Findings with nothing to apply (a sentence to rewrite, a term to explain) are not "held".
      if (risk !== 'no single replacement' || finding.expected.length > 1) held.push({finding, risk})
      continue
    }
    const edit = fixEdit(text, finding, finding.expected[0]!)
    if (edit) candidates.push({finding, edit})
    else held.push({finding, risk: 'changed'})
  }
  const kept = new Set(compatibleEdits(text, candidates.map((candidate) => candidate.edit)))
  const fixes = candidates.filter((candidate) => kept.has(candidate.edit)).sort((a, b) => a.edit.start - b.edit.start)
  for (const candidate of candidates) if (!kept.has(candidate.edit)) held.push({finding: candidate.finding, risk: 'overlap'})
  return {fixes, held}
}
