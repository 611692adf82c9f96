import type {AcronymAnalysis} from './acronyms/analyse.js'
import type {FindingSeverity} from '@plainspeak/base'
import type {Block} from './document/block.js'
import type {BlockAnalysis} from './block-analysis.js'
import type {RuleSettings} from './rule-settings.js'

export type {RuleSettings} from './rule-settings.js'

export const ruleIds = [
  'acronym-undefined',
  'acronym-late-definition',
  'acronym-redefined',
  'jargon',
  'simpler-word',
  'inclusive',
  'readability',
  'sentence-length',
  'passive'
] as const

export type RuleId = (typeof ruleIds)[number]

export const source = 'plainspeak'

/**
 * What a rule's findings are about: a word or phrase (a dictionary term, a simpler-word
 * pattern), an acronym, or a whole sentence. Surfaces read it to offer "allow" (a term or an
 * acronym on the allow list silences its findings) and to group uses of one term.
 */
export type SubjectKind = 'term' | 'acronym' | 'sentence'

/** What one finding is about: the term or acronym "allow" accepts and "replace all" replaces; nothing for a sentence. */
export type FindingSubject = {kind: 'term' | 'acronym'; text: string} | {kind: 'sentence'}

/** What a rule reports; the wrapper adds identity, severity and position. */
export interface Report {
  start: number
  end: number
  reason: string
  expected?: string[]
  note: string
  data?: Record<string, unknown>
  /** For a term or acronym rule: the term or acronym the finding is about (default: the text found, in lower case). */
  subject?: string
  /** Overrides the rule's severity (a dictionary entry's own severity). */
  severity?: FindingSeverity | 'off'
  /** One level below the rule's severity (readability: clearly but not far above the target). */
  mild?: boolean
}

export interface RawFinding extends Report {
  ruleId: RuleId
  severity: FindingSeverity
  /** Word-level findings compete for a span; sentence-level ones do not. */
  level: 'word' | 'sentence'
  priority: number
}

export interface BlockRuleContext {
  block: Block
  analysis: BlockAnalysis
  settings: RuleSettings
  options: Record<string, unknown>
  report(report: Report): void
}

export interface DocumentRuleContext {
  acronyms: AcronymAnalysis
  settings: RuleSettings
  options: Record<string, unknown>
  report(report: Report): void
}

export interface RuleExample {
  /** Text the rule must flag at least once. */
  bad: string
  /** A plain rewrite the rule must not flag. */
  good: string
  options?: Record<string, unknown>
}

interface RuleBase {
  id: RuleId
  /** One line for docs and `--help`. */
  summary: string
  /** Paragraphs for the rule docs: how the rule decides, and why. */
  details?: string[]
  /** Whether some findings are one level below the rule's severity (`Report.mild`): readability, sentence-length. */
  twoLevels?: boolean
  defaultSeverity: FindingSeverity
  level: 'word' | 'sentence'
  /** What its findings are about (see `SubjectKind`). */
  subject: SubjectKind
  /**
   * Whether replacing every finding of one subject at once makes sense: a plainer word for a
   * word fits everywhere it is used; an acronym is spelled out once, a sentence rewritten alone.
   */
  replaceAll: boolean
  /** Lower wins when word-level findings overlap: inclusive over jargon over simpler-word. */
  priority: number
  examples: RuleExample[]
}

export interface BlockRule extends RuleBase {
  scope: 'block'
  check(context: BlockRuleContext): void
}

export interface DocumentRule extends RuleBase {
  scope: 'document'
  check(context: DocumentRuleContext): void
}

export type Rule = BlockRule | DocumentRule

/**
 * Creates a rule. The rule module holds detection logic only; identity,
 * severity, position and documentation links are stamped by the engine
 * from this definition, the same way for every rule.
 */
export function defineRule<R extends Rule>(rule: R): R {
  return Object.freeze(rule)
}

