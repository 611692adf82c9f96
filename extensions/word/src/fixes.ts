/**
 * Replace, Replace All and "Review all safe changes" as edits to Word, through core's one
 * substitution code path (`fixEdit`, `safeFixes`): each use is fixed in its own paragraph's text,
 * with the case, spacing and punctuation every surface gets. Replace All looks at each use on its
 * own and leaves out those where the change is not safe: where the engine does not offer that
 * replacement (it does not fit the sentence there), or where the words are in a quotation, a web
 * address or a name. Pure; no Word, no DOM.
 */
import {compatibleEdits, fixEdit, placeRisk, protectedSpans, safeFixes, type FixableFinding, type FixEdit, type FixRisk} from '@plainspeak/core/text'
import {sameTerm, type Finding} from './findings.js'
import type {Edit} from './word-adapter.js'

/** The finding as core's fix module reads it: offsets in its own paragraph. */
function fixable(finding: Finding): FixableFinding | undefined {
  const target = finding.target
  return target && {start: target.start, end: target.end, actual: target.actual, expected: finding.expected, subject: {kind: finding.subject}}
}

/** A core edit in one paragraph as a Word edit: Word finds the edit's own text again before changing it. */
function wordEdit(finding: Finding, edit: FixEdit): Edit {
  const target = finding.target!
  return {target: {paragraph: target.paragraph, paragraphText: target.paragraphText, start: edit.start, end: edit.end, actual: edit.original}, replacement: edit.text}
}

/** The edit that puts `replacement` in place of one finding, or `undefined` when it cannot be reached. */
export function replacementEdit(finding: Finding, replacement: string): Edit | undefined {
  const input = fixable(finding)
  const edit = input && fixEdit(finding.target!.paragraphText, input, replacement)
  return edit && wordEdit(finding, edit)
}

export interface ReplaceAllPlan {
  edits: Edit[]
  /** Uses left as they are, and why. */
  skipped: Array<{finding: Finding; why: FixRisk | 'not offered' | 'overlap'}>
}

/**
 * Every use of the finding's term, each given `replacement` in the case the engine offers it
 * there, except where it is not safe.
 */
export function replaceAllPlan(finding: Finding, replacement: string, findings: readonly Finding[]): ReplaceAllPlan {
  const plan: ReplaceAllPlan = {edits: [], skipped: []}
  const wanted = replacement.toLowerCase()
  const byParagraph = new Map<number, Array<{finding: Finding; edit: FixEdit}>>()
  for (const use of sameTerm(finding, findings)) {
    const input = fixable(use)
    const offered = use.expected.find((candidate) => candidate.toLowerCase() === wanted)
    if (!input || offered === undefined) {
      plan.skipped.push({finding: use, why: 'not offered'})
      continue
    }
    const text = use.target!.paragraphText
    const risk = placeRisk(text, input, protectedSpans(text, 'text'))
    const edit = risk ? undefined : fixEdit(text, input, offered)
    if (!edit) {
      plan.skipped.push({finding: use, why: risk ?? 'not offered'})
      continue
    }
    const list = byParagraph.get(use.target!.paragraph) ?? []
    list.push({finding: use, edit})
    byParagraph.set(use.target!.paragraph, list)
  }
  for (const list of byParagraph.values()) {
    const kept = new Set(compatibleEdits(list[0]!.finding.target!.paragraphText, list.map((item) => item.edit)))
    for (const item of list) {
      if (kept.has(item.edit)) plan.edits.push(wordEdit(item.finding, item.edit))
      else plan.skipped.push({finding: item.finding, why: 'overlap'})
    }
  }
  return plan
}

/**
 * "Review all safe changes": the safe fixes of the default view (core's `safeFixes`: one
 * replacement, in prose, not in a quotation, a web address or a name), none overlapping another,
 * paragraph by paragraph. Suggestions are left to the author, as are findings with a choice of
 * replacements or none.
 */
export function safeReviewEdits(findings: readonly Finding[]): Edit[] {
  const byParagraph = new Map<number, Array<FixableFinding & {finding: Finding}>>()
  for (const finding of findings) {
    const input = finding.suggestion ? undefined : fixable(finding)
    if (!input) continue
    const list = byParagraph.get(finding.target!.paragraph) ?? []
    list.push({...input, finding})
    byParagraph.set(finding.target!.paragraph, list)
  }
  return [...byParagraph.values()].flatMap((list) =>
    safeFixes(list[0]!.finding.target!.paragraphText, list, 'text').fixes.map((fix) => wordEdit(fix.finding.finding, fix.edit))
  )
}

const reasons: Record<ReplaceAllPlan['skipped'][number]['why'], string> = {
  'not offered': 'where it does not fit the sentence',
  overlap: 'where it overlaps another change',
  quotation: 'in a quotation',
  'web address': 'in a web address',
  code: 'in code',
  'front matter': 'in front matter',
  name: 'in a name or title',
  'no single replacement': 'where it does not fit the sentence'
}

/** What the pane says about uses left alone: "1 left as it is, in a quotation." */
export function describeSkipped(skipped: ReplaceAllPlan['skipped']): string {
  if (skipped.length === 0) return ''
  const why = [...new Set(skipped.map((item) => reasons[item.why]))].join(', ')
  return `${skipped.length} left as ${skipped.length === 1 ? 'it is' : 'they are'}, ${why}.`
}
