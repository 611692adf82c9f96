/**
 * "Not useful here" → the organisation's dictionary: an entry its writers dismissed often enough
 * at an audience is switched off for that audience (`audiences` without it; `severity: off` when
 * no audience is left). The evidence goes in a comment above the entry, so the file says why.
 * Nothing here decides for a person: a term dismissed fewer than `minCount` times, or one with no
 * dictionary entry (a sentence rule, an acronym), is listed for someone to decide. Text in, text
 * out, with comments kept, as `learnFromAnswers` does; the CLI previews it, or writes it after
 * `dict lint`.
 */
import {audiencePresets, type CheckOptions} from '@plainspeak/core'
import type {CompiledDictionary, TermEntry} from '@plainspeak/dictionary'
import {isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document} from 'yaml'
import {DictionaryShapeError, termFields, type Change} from './learn.js'

type Audience = NonNullable<CheckOptions['audience']>
const audiences = Object.keys(audiencePresets) as Audience[]

/** One row of the feedback summary (`summariseFeedback` in `@plainspeak/config`). */
export interface FeedbackEvidence {
  rule: string
  term?: string
  audience: Audience
  dismissed: number
  shown?: number
  rate?: number
  reasons: Array<{reason: string; count: number}>
}

export interface FeedbackApplyOptions {
  dictionaryText: string
  dictionaryName: string
  base: Pick<CompiledDictionary, 'terms'>
  /** Fewest dismissals that propose a change (default 3). */
  minCount?: number
  /** Highest rate of dismissals that keeps an entry, when times shown are known (default 0.1). */
  threshold?: number
  /** `YYYY-MM-DD`, for the evidence comment. */
  date: string
}

export interface FeedbackApplyResult {
  text: string
  changes: Change[]
  decide: Change[]
}

const minimumDefault = 3

export function applyFeedback(rows: readonly FeedbackEvidence[], options: FeedbackApplyOptions): FeedbackApplyResult {
  const document = parseDocument(options.dictionaryText || '[]\n')
  if (document.errors.length > 0 || !(isSeq(document.contents) || document.contents === null)) {
    throw new DictionaryShapeError(`${options.dictionaryName} is not a list of entries, so no feedback was applied to it.`)
  }
  if (document.contents === null) document.contents = new YAMLSeq() as never
  const list = document.contents as unknown as YAMLSeq
  const minCount = options.minCount ?? minimumDefault
  const threshold = options.threshold ?? 0.1
  const changes: Change[] = []
  const decide: Change[] = []
  const baseTerms = new Map<string, TermEntry>()
  for (const entry of options.base.terms) if (!baseTerms.has(entry.term.toLowerCase())) baseTerms.set(entry.term.toLowerCase(), entry)

  for (const row of rows) {
    if (row.term === undefined) continue
    const subject = row.term
    const evidence = describe(row)
    if (row.rate !== undefined && row.rate <= threshold) continue
    if (row.dismissed < minCount) {
      decide.push({kind: 'term', subject, summary: `“${subject}” at ${row.audience}: ${evidence}, under the ${minCount} needed to propose a change. A person decides.`})
      continue
    }
    const node = findEntry(list, subject)
    const base = baseTerms.get(subject.toLowerCase())
    if (!node && !base) {
      decide.push({kind: 'term', subject, summary: `“${subject}” (${row.rule}) at ${row.audience}: ${evidence}, but no dictionary entry holds it. A person decides.`})
      continue
    }
    const current = currentAudiences(node, base)
    if (!current.includes(row.audience)) continue
    const remaining = current.filter((audience) => audience !== row.audience)
    const target = node ?? appendEntry(document, list, termFields(base, subject))
    if (remaining.length === 0) target.set('severity', 'off')
    else target.set('audiences', flow(document.createNode(remaining) as YAMLSeq))
    const note = ` Not useful here at ${row.audience}: ${evidence} (plainspeak feedback, ${options.date}).`
    target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${note}` : note
    changes.push({
      kind: 'term',
      subject,
      summary: remaining.length === 0 ? `“${subject}” switched off: ${evidence}.` : `“${subject}” no longer flagged at ${row.audience} (still at ${remaining.join(', ')}): ${evidence}.`
    })
  }
  return {text: changes.length > 0 ? String(document) : options.dictionaryText, changes, decide}
}

function describe(row: FeedbackEvidence): string {
  const times = row.shown !== undefined ? `dismissed ${row.dismissed} of ${row.shown} times shown` : `dismissed ${row.dismissed} times`
  const reasons = row.reasons.length > 0 ? `, ${row.reasons.map((item) => `${item.reason} ${item.count}`).join(', ')}` : ''
  return times + reasons
}

function findEntry(list: YAMLSeq, term: string): YAMLMap | undefined {
  for (const node of list.items) {
    if (isMap(node) && typeof node.get('term') === 'string' && (node.get('term') as string).trim().toLowerCase() === term.toLowerCase()) return node as YAMLMap
  }
  return undefined
}

function currentAudiences(node: YAMLMap | undefined, base: TermEntry | undefined): Audience[] {
  const written = node?.get('audiences')
  if (isSeq(written)) return written.items.map((item) => String((item as {value?: unknown}).value ?? item)) as Audience[]
  if (node?.get('severity') === 'off') return []
  return base?.audiences ?? [...audiences]
}

const listFields = new Set(['forms', 'alternatives', 'unless', 'audiences', 'source'])

function appendEntry(document: Document, list: YAMLSeq, fields: Record<string, unknown>): YAMLMap {
  const node = new YAMLMap()
  for (const [key, value] of Object.entries(fields)) {
    node.set(key, Array.isArray(value) && listFields.has(key) ? flow(document.createNode(value) as YAMLSeq) : document.createNode(value))
  }
  list.items.push(node)
  return node
}

function flow<T extends YAMLSeq>(node: T): T {
  node.flow = true
  return node
}
