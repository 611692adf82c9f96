/**
 * The default view and the suggestions tier. Readers who did not build Plainspeak judged its
 * findings on real published council and NHS documents; a kind of finding stays in the default
 * view at an audience only where they act on it (data/default-view.yml records the evidence).
 * The rest are suggestions: correct but minor, hidden unless asked for.
 */
import type {Audience, FindingSeverity} from '@plainspeak/base'
import {defaultViewTable} from '../../generated/default-view.js'
import type {FindingData, FindingSubject, Rule} from './rule.js'
import {rules, type RuleId} from './registry.js'

/** What a finding's place in the view depends on. */
export interface StratumInput {
  ruleId: RuleId | string
  severity: FindingSeverity
  data?: FindingData
  subject?: FindingSubject
}

/**
 * The kinds of finding this one belongs to, most specific first: its dictionary entry or
 * acronym, its severity band, its rule's severity, its rule. Judged verdicts count for each;
 * the most specific one listed in the default-view table decides.
 */
export function findingStrata(finding: StratumInput): string[] {
  const strata: string[] = []
  const {ruleId, data = {}, subject} = finding
  if (subject && subject.kind !== 'sentence' && subject.text) {
    strata.push(`entry:${ruleId}:${subject.kind === 'term' ? subject.text.toLowerCase() : subject.text}`)
  }
  // Its band, as its rule draws them (long sentences by words, hard ones by years over the target).
  const band = (rules as Readonly<Record<string, Rule | undefined>>)[ruleId]?.band?.(data)
  if (band !== undefined) strata.push(`band:${ruleId}:${band}`)
  strata.push(`severity:${ruleId}:${finding.severity}`, `rule:${ruleId}`)
  return strata
}

/** Per audience, the strata whose view is set (data/default-view.yml). */
export type DefaultViewTable = Readonly<Record<Audience, ReadonlyMap<string, 'default' | 'suggestion'>>>

/**
 * Whether a finding is a suggestion at this audience (else it is in the default view). An error
 * never is: no audience reports one unless the user set a rule to `error`, which asks for its
 * findings to fail the run, and a suggestion never fails one.
 */
export function isSuggestion(finding: StratumInput, audience: Audience, tables: DefaultViewTable = defaultViewTable): boolean {
  const table = tables[audience]
  if (table.size === 0 || finding.severity === 'error') return false
  for (const stratum of findingStrata(finding)) {
    const view = table.get(stratum)
    if (view) return view === 'suggestion'
  }
  return false
}
