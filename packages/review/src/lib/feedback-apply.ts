/**
 * "Not useful here" → the organisation's dictionary. An entry its writers dismissed often enough
 * at an audience changes by the main reason they gave:
 * - "readers know this word" (or no reason): switched off for that audience (`audiences` without
 *   it; `severity: off` when no audience is left);
 * - "wrong meaning here": when the places dismissed share a word the places still shown never
 *   have, that word becomes an `unless` context ("road" for signpost); when they share none, the
 *   swap fits nowhere the writers use the word, so the replacement becomes an explanation
 *   (`action: explain`, asked for once at first use).
 * The evidence goes in a comment above the entry, so the file says why. Nothing here decides for a
 * person: a term dismissed fewer than `minCount` times, reasons tied, contexts tied, another
 * reason, or a term with no dictionary entry (a sentence rule, an acronym) is listed for someone
 * to decide. Text in, text out, with comments kept, as `learnFromAnswers` does; the CLI previews
 * it, or writes it after `dict lint`.
 */
import {audiencePresets, type CheckOptions} from '@plainspeak/core'
import type {CompiledDictionary, TermEntry} from '@plainspeak/dictionary'
import {isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document} from 'yaml'
import {DictionaryShapeError, termFields, type Change} from './learn.js'
import {zipfFrequency} from './word-frequency.js'

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
  /**
   * The words either side of each finding of this entry at this audience in the documents read
   * (core's `findingContext`), split by whether it was dismissed: where an `unless` context is
   * learned from. Held in memory only; absent when no documents were read.
   */
  places?: {dismissed: PlaceWords[]; shown: PlaceWords[]}
}

/** Up to three words before and after a finding, as core's `findingContext` gives them. */
export interface PlaceWords {
  before: string
  after: string
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
    const toDecide = (why: string) => decide.push({kind: 'term', subject, summary: `“${subject}” at ${row.audience}: ${evidence}, ${why} A person decides.`})
    if (row.rate !== undefined && row.rate <= threshold) continue
    if (row.dismissed < minCount) {
      toDecide(`under the ${minCount} needed to propose a change.`)
      continue
    }
    const node = findEntry(list, subject)
    const base = baseTerms.get(subject.toLowerCase())
    if (!node && !base) {
      decide.push({kind: 'term', subject, summary: `“${subject}” (${row.rule}) at ${row.audience}: ${evidence}, but no dictionary entry holds it. A person decides.`})
      continue
    }
    const reason = mainReason(row)
    if (reason === 'tied') {
      toDecide('and no reason was given most.')
      continue
    }
    const entry = {node, base, document, list, subject}
    const propose = proposers[reason]
    const proposal = propose ? propose(row, entry, minCount) : {decide: `and “${reason}” is the main reason: no change follows from it alone.`}
    if (proposal === undefined) continue
    if ('decide' in proposal) {
      toDecide(proposal.decide)
      continue
    }
    const target = node ?? appendEntry(document, list, termFields(base, subject))
    proposal.apply(target, document)
    const note = ` ${proposal.why}: ${evidence} (plainspeak feedback, ${options.date}).`
    target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${note}` : note
    changes.push({kind: 'term', subject, summary: `${proposal.summary}: ${evidence}.`})
  }
  return {text: changes.length > 0 ? String(document) : options.dictionaryText, changes, decide}
}

/** The entry a row is about: in the file already (`node`), or only built in (`base`). */
interface EntryAt {
  node: YAMLMap | undefined
  base: TermEntry | undefined
  document: Document
  list: YAMLSeq
  subject: string
}

/** A change to propose, or why a person decides; `undefined` when the entry already reads so. */
type Proposal = {apply(target: YAMLMap, document: Document): void; why: string; summary: string} | {decide: string} | undefined

/** The reason given most, `none` when no reason was given, `tied` when two lead. */
function mainReason(row: FeedbackEvidence): string {
  const [first, second] = row.reasons
  if (!first) return 'none'
  return second && second.count === first.count ? 'tied' : first.reason
}

/** What each main reason proposes. */
const proposers: Record<string, (row: FeedbackEvidence, entry: EntryAt, minCount: number) => Proposal> = {
  none: switchOffForAudience,
  'readers-know': switchOffForAudience,
  'wrong-meaning': learnTheOtherMeaning
}

/** Readers at this audience know the word: flag it only for the others. */
function switchOffForAudience(row: FeedbackEvidence, {node, base, subject}: EntryAt): Proposal {
  const current = currentAudiences(node, base)
  if (!current.includes(row.audience)) return undefined
  const remaining = current.filter((audience) => audience !== row.audience)
  return {
    apply(target, document) {
      if (remaining.length === 0) target.set('severity', 'off')
      else target.set('audiences', flow(document.createNode(remaining) as YAMLSeq))
    },
    why: `Not useful here at ${row.audience}`,
    summary: remaining.length === 0 ? `“${subject}” switched off` : `“${subject}” no longer flagged at ${row.audience} (still at ${remaining.join(', ')})`
  }
}

/**
 * The word means something else where it was dismissed: a word every dismissed place has and no
 * place still shown has becomes an `unless` context; with no such word, the swap is wrong
 * wherever writers use it, so the entry asks for an explanation instead of a replacement.
 */
function learnTheOtherMeaning(row: FeedbackEvidence, {node, base, subject}: EntryAt, minCount: number): Proposal {
  const places = row.places
  if (!places || places.dismissed.length === 0) {
    return {decide: 'but no document was read to find the words that mark the other meaning. Name the documents (plainspeak feedback apply --dictionary FILE DOCUMENTS…), or add an `unless` phrase by hand.'}
  }
  if (places.dismissed.length < minCount) return {decide: `but only ${places.dismissed.length} of the places dismissed are in the documents read, under the ${minCount} needed.`}
  const contexts = sharedContexts(subject, places)
  if (contexts.length > 1) return {decide: `and the places dismissed share ${contexts.map((word) => `“${word}”`).join(', ')}: choose the \`unless\` phrase.`}
  const [context] = contexts
  if (context !== undefined) {
    return {
      apply(target, document) {
        const unless = target.get('unless')
        if (isSeq(unless)) unless.items.push(document.createNode(context))
        else target.set('unless', flow(document.createNode([context]) as YAMLSeq))
      },
      why: `Wrong meaning next to “${context}”`,
      summary: `“${subject}” not flagged in a sentence with “${context}” (unless)`
    }
  }
  const action = node?.get('action') ?? base?.action
  if (action === 'explain') return {decide: 'and the places dismissed share no word that marks the other meaning; it already asks for an explanation.'}
  const note = node?.get('note') ?? node?.get('explanation') ?? base?.note ?? base?.explanation
  if (!note) return {decide: 'and the places dismissed share no word that marks the other meaning, so it needs explaining rather than replacing, but it has no note to say what it means. Add `action: explain` and an `explanation`.'}
  return {
    apply(target) {
      target.set('action', 'explain')
      target.set('alternatives', flow(new YAMLSeq()))
      // An explain entry asks for an explanation, not other words: its ideas go with its alternatives.
      target.delete('ideas')
      target.delete('frames')
    },
    why: 'Wrong meaning wherever it is used, so explained rather than replaced',
    summary: `“${subject}” explained at first use instead of replaced (action: explain)`
  }
}

/** A word too common to mark a sense: "the", "and", "we" (Zipf 6 and over: one use in a thousand words). */
const tooCommon = (word: string) => zipfFrequency(word) >= 6

/** The words around a finding in its sentence: the context stops at a sentence's end. */
function placeWords(place: PlaceWords): Set<string> {
  const before = place.before.split(/\s+/).filter(Boolean)
  const after = place.after.split(/\s+/).filter(Boolean)
  const lastEnd = before.findLastIndex((word) => /[.!?]["'”’)]*$/.test(word))
  const firstEnd = after.findIndex((word) => /[.!?]["'”’)]*$/.test(word))
  const words = [...before.slice(lastEnd + 1), ...(firstEnd === -1 ? after : after.slice(0, firstEnd + 1))]
  return new Set(words.map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((word) => word.length > 1))
}

/** Words in every dismissed place, in no place still shown, not part of the term, and not too common. */
function sharedContexts(term: string, places: NonNullable<FeedbackEvidence['places']>): string[] {
  const own = new Set(term.toLowerCase().split(/\s+/))
  const [first, ...rest] = places.dismissed.map(placeWords)
  const shown = places.shown.map(placeWords)
  return [...first!].filter((word) => !own.has(word) && !tooCommon(word) && rest.every((set) => set.has(word)) && !shown.some((set) => set.has(word))).sort()
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

const listFields = new Set(['forms', 'alternatives', 'ideas', 'unless', 'audiences', 'source'])

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
