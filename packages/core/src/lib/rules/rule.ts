import type {AcronymAnalysis} from '../acronyms/analyse.js'
import type {Audience, FindingSeverity} from '@plainspeak/base'
import type {Block} from '../document/block.js'
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import type {RuleSettings} from './rule-settings.js'

export type {RuleSettings} from './rule-settings.js'

export const source = 'plainspeak'

/**
 * What a rule's findings are about: a word or phrase (a dictionary term, a simpler-word
 * pattern), an acronym, or a whole sentence. Surfaces read it to offer "allow" (a term or an
 * acronym on the allow list silences its findings) and to group uses of one term.
 */
export type SubjectKind = 'term' | 'acronym' | 'sentence'

/** What one finding is about: the term or acronym "allow" accepts and "replace all" replaces; nothing for a sentence. */
export type FindingSubject = {kind: 'term' | 'acronym'; text: string} | {kind: 'sentence'}

/** A dictionary entry a finding comes from, as it crosses to every surface. */
export interface FindingEntry {
  term: string
  kind: string
  /** `replace`: say it plainly; `explain`: a term of art, explained once. */
  action: 'replace' | 'explain'
  /** The ids of the sources that list it, and their titles and addresses. */
  source: string[]
  sources: Array<{id: string; title?: string; url?: string}>
  review?: unknown
}

/** One use of a repeated term (`repeats.ts`): every finding of one subject by one rule shares the id. */
export interface FindingGroupData {
  /** The same for every finding of one term by one rule in a document, e.g. `jargon:ensure`. */
  id: string
  /** How many findings share the group. */
  count: number
  /** 1 for the first place in the document, 2 for the next, … */
  ordinal: number
}

/** A position in the text: an offset while rules run, a point with line and column in a message. */
export type FindingPosition = number | {line: number; column: number; offset?: number}

/**
 * A finding's payload: what surfaces read beyond the message text, typed field by field. Each
 * rule fills the fields it has (its docs name them); the engine adds `group` and `also`.
 */
export interface FindingData {
  /** jargon, simpler-word, inclusive: the dictionary entry found. */
  entry?: FindingEntry
  /** simpler-word: the pattern matched, when it is not a dictionary entry. */
  pattern?: string
  /** Acronym rules: the acronym as written. */
  acronym?: string
  /** acronym-undefined: the meanings known for it. */
  expansions?: string[]
  /** Acronym rules: the expansion written in the document, and for acronym-redefined the first one. */
  expansion?: string
  firstExpansion?: string
  /** Where the acronym was spelled out (acronym rules), or where the term is explained (jargon, explained later). */
  definedAt?: FindingPosition
  explainedAt?: FindingPosition
  /** An acronym entry's domain and source. */
  domain?: string
  source?: string[]
  review?: unknown
  /** passive: the participle the passive ends in ("signposted" in "are signposted"). */
  participle?: string
  /** sentence-length: the sentence's words, and the limit. */
  words?: number
  max?: number
  /** readability: the sentence's reading age (`null` when it cannot be measured) and the target. */
  readingAge?: number | null
  targetReadingAge?: number
  measures?: Array<number | null>
  unmeasured?: string
  /** Repeats of one subject (added by the engine). */
  group?: FindingGroupData
  /** Findings folded into this one by the overlap step (added by the engine). */
  also?: Array<{ruleId: string; reason: string}>
  /** A rule added from outside the built-in set keeps its own fields here. */
  [field: string]: unknown
}

/**
 * A finding settled once per document (or section) rather than at every use: a term of art is
 * asked to be explained at its first use, and not at all when it is explained near there or in a
 * glossary. The rule passes what the step needs as data; the engine never reads its message.
 */
export interface ExplainOnce {
  /** Uses with the same key are one term. */
  key: string
  /** Where this use is explained: on the spot, or as a glossary row. */
  explained?: 'inline' | 'glossary'
  /** Whether this use is in a heading (counts as first use only when it explains). */
  heading: boolean
  /** The reason when the first use is explained only later, on `line`. */
  laterReason(line: number): string
}

/** What a rule reports; the wrapper adds identity, severity and position. */
export interface Report {
  start: number
  end: number
  reason: string
  expected?: string[]
  note: string
  data?: FindingData
  /** A finding settled once per document (see `ExplainOnce`): the engine keeps only the use a writer needs. */
  explainOnce?: ExplainOnce
  /** For a term or acronym rule: the term or acronym the finding is about (default: the text found, in lower case). */
  subject?: string
  /** Overrides the rule's severity (a dictionary entry's own severity). */
  severity?: FindingSeverity | 'off'
  /** One level below the rule's severity (readability: clearly but not far above the target). */
  mild?: boolean
}

export interface RawFinding extends Report {
  /** A built-in rule's id (`RuleId`, rules/registry.ts) or the id of a rule added from outside. */
  ruleId: string
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
  /** The document's blocks in order, with their text and offsets in the document (a letter's salutation is in one, its body in others). */
  blocks: readonly Block[]
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
  /** Its id, as in settings and in its registry line (rules/registry.ts, where `RuleId` is derived). */
  id: string
  /** One line for docs and `--help`. */
  summary: string
  /** Paragraphs for the rule docs: how the rule decides, and why. */
  details?: string[]
  /** Whether some findings are one level below the rule's severity (`Report.mild`): readability, sentence-length. */
  twoLevels?: boolean
  defaultSeverity: FindingSeverity
  /** Where an audience's default differs from `defaultSeverity` (`off` for a rule it does not run). */
  audienceSeverity?: Partial<Record<Audience, FindingSeverity | 'off'>>
  /** What surfaces call its findings as a group (the Word pane's list, reports). */
  label: string
  /** Where its group comes in a list of findings (the Word pane): lower first. */
  order: number
  /** The replace button's label for an alternative, when it is not "Replace with “…”". */
  replaceLabel?(replacement: string): string
  /**
   * The judged default view's band for a finding (data/default-view.yml, `band:<rule>:<band>`):
   * the evidence differs between, say, long sentences of 26–30 and of 41 words.
   */
  band?(data: FindingData): string | undefined
  /**
   * Repeats: what groups this rule's findings as uses of one thing (a term), so that reports
   * show "ensure ×20" once. Rules without it have no groups.
   */
  repeatKey?(data: FindingData): string | undefined
  /**
   * Overlap policy for a sentence-level rule. By default its finding merges with other
   * sentence-level findings on the very same sentence, and folds into a word-level finding that
   * covers half its span. `foldOn` names the words it folds on instead (passive: its participle),
   * and it then folds into any word-level finding there and merges with no sentence finding.
   */
  foldOn?(finding: {start: number; end: number; data?: FindingData}): {start: number; end: number}
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

