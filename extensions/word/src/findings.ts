/**
 * Findings as the task pane shows and acts on them: the engine's message plus
 * where it sits in Word and what can be done with it. Pure; no Word, no DOM.
 */
import {openingWords, rules, type FindingSubject, type PlainspeakMessage, type RegisteredRuleId, type Rule} from '@plainspeak/core/text'
import {targetFromPlace, type FindingTarget} from './locate.js'

export interface Finding {
  /** Stable while the text does not change: rule, paragraph, offset and text. */
  key: string
  ruleId: RegisteredRuleId
  severity: 'error' | 'warning' | 'info'
  reason: string
  note: string
  url: string
  actual: string
  expected: string[]
  paragraph: number
  /** Where to find it again in Word; `undefined` when it cannot be reached safely. */
  target: FindingTarget | undefined
  /** What "allow" and "replace all" act on: the dictionary term or the acronym. */
  term: string | undefined
  /** What the finding is about, as its rule declares it (an acronym keeps its capitals when spelled out). */
  subject: FindingSubject['kind']
  /** What the list shows: the words found, or a sentence's opening words. */
  label: string
  /** The words around it in its paragraph, to tell its uses apart: `…residents to the JSNA and…`. */
  context: string
  /** Uses of the same term share this (the engine's `data.group`): the list shows them as one item. */
  repeatKey: string
  /** A suggestion: correct but minor, shown only when the author asks for suggestions. */
  suggestion: boolean
  /**
   * Core's fingerprint of the finding at its place (a hash of its rule, its words and three words
   * either side in its paragraph), as the CLI gives it for the same .docx: what "Not useful here" records.
   */
  fingerprint: string
}

/**
 * How the pane presents a rule's findings: its group label, the group order and the replace
 * button's label. Each rule holds its own (`label`, `order`, `replaceLabel` in its definition);
 * a rule the pane does not know is shown under its id, last.
 */
interface RuleView {
  label: string
  order: number
  /** Label for the button that inserts an alternative. */
  replaceLabel: (replacement: string) => string
}

const replaceWith = (replacement: string) => `Replace with “${replacement}”`

const ruleOf = (ruleId: string): Rule | undefined => (rules as Readonly<Record<string, Rule | undefined>>)[ruleId]

/** Whether every use of one term can be replaced at once, as the finding's rule declares. */
export const replacesAll = (ruleId: string): boolean => ruleOf(ruleId)?.replaceAll === true

export function viewFor(ruleId: string): RuleView {
  const rule = ruleOf(ruleId)
  if (!rule) return {label: ruleId, order: 99, replaceLabel: replaceWith}
  return {label: rule.label, order: rule.order, replaceLabel: rule.replaceLabel ?? replaceWith}
}

/** A few words either side of a span, cut at word boundaries. */
export function contextAround(text: string, start: number, end: number, words = 3): string {
  const before = text.slice(0, start).split(/\s+/).slice(-words - 1)
  const after = text.slice(end).split(/\s+/).slice(0, words + 1)
  const head = before.length > words ? `…${before.slice(1).join(' ')}` : before.join(' ')
  const tail = after.length > words ? `${after.slice(0, -1).join(' ')}…` : after.join(' ')
  return `${head}${text.slice(start, end)}${tail}`.replace(/\s+/g, ' ').trim()
}

export function toFinding(message: PlainspeakMessage, paragraphTexts: readonly string[], fingerprint: string): Finding {
  const target = targetFromPlace(paragraphTexts, message.place, message.actual)
  const term = message.subject.kind === 'sentence' ? undefined : message.subject.text
  const key = `${message.ruleId}|${message.place.start.line}|${message.place.start.column}|${message.actual}`
  const group = message.data.group?.id
  const paragraphText = paragraphTexts[message.place.start.line - 1] ?? ''
  const sentence = message.subject.kind === 'sentence'
  return {
    key,
    ruleId: message.ruleId,
    severity: message.severity,
    reason: message.reason,
    note: message.note,
    url: message.url,
    actual: message.actual,
    expected: [...message.expected],
    paragraph: message.place.start.line - 1,
    target,
    term,
    subject: message.subject.kind,
    label: sentence ? openingWords(message.actual, 48) : message.actual,
    context: sentence ? openingWords(message.actual, 48) : contextAround(paragraphText, message.place.start.column - 1, message.place.end.column - 1),
    repeatKey: typeof group === 'string' ? group : term !== undefined && replacesAll(message.ruleId) ? `${message.ruleId}:${term.toLowerCase()}` : key,
    suggestion: message.suggestion,
    fingerprint
  }
}

/** Every use of one term (or a single finding): the list shows it once, with how many uses. */
export interface TermItem {
  key: string
  /** In document order. */
  findings: Finding[]
}

export interface FindingGroup {
  ruleId: RegisteredRuleId
  label: string
  /** A group of suggestions: shown after every group of the default view. */
  suggestion: boolean
  /** Every finding of the rule, in document order. */
  findings: Finding[]
  /** The same findings, one item per term: warnings before info, each level in order of each term's first use. */
  items: TermItem[]
}

/** Errors first, then warnings, then info. */
const severityRank: Record<Finding['severity'], number> = {error: 0, warning: 1, info: 2}

/** An item's level: its most severe use's. */
export function itemSeverity(item: TermItem): Finding['severity'] {
  return item.findings.reduce<Finding['severity']>((worst, finding) => (severityRank[finding.severity] < severityRank[worst] ? finding.severity : worst), 'info')
}

/** Groups findings by rule, in the order authors should work through them, and within a rule by term. */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  const items = new Map<string, TermItem>()
  for (const finding of findings) {
    // A rule's suggestions are a group of their own, after the default view's groups.
    const groupKey = `${finding.suggestion ? 'suggestion' : 'shown'}|${finding.ruleId}`
    let group = groups.get(groupKey)
    if (!group) {
      const label = viewFor(finding.ruleId).label
      group = {ruleId: finding.ruleId, label: finding.suggestion ? `${label}: suggestions` : label, suggestion: finding.suggestion, findings: [], items: []}
      groups.set(groupKey, group)
    }
    group.findings.push(finding)
    let item = items.get(finding.repeatKey)
    if (!item) {
      item = {key: finding.repeatKey, findings: []}
      items.set(finding.repeatKey, item)
      group.items.push(item)
    }
    item.findings.push(finding)
  }
  // Within a group, what matters more comes first (a stable sort keeps the order of first use).
  for (const group of groups.values()) group.items.sort((a, b) => severityRank[itemSeverity(a)] - severityRank[itemSeverity(b)])
  return [...groups.values()].sort((a, b) => Number(a.suggestion) - Number(b.suggestion) || viewFor(a.ruleId).order - viewFor(b.ruleId).order)
}

/** Other findings of the same rule and term that "replace all" would change. */
export function sameTerm(finding: Finding, findings: readonly Finding[]): Finding[] {
  if (!finding.term || !replacesAll(finding.ruleId)) return []
  return findings.filter((other) => other.ruleId === finding.ruleId && other.term === finding.term && other.target)
}
