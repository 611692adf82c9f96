/**
 * Turns a panel's answers into dictionary entries. A word most reviewers did not understand (or
 * were not sure of) becomes, or updates, an entry in the organisation's dictionary, with the
 * reviewers' words as alternatives (a replace entry) or as the explanation (a term of art), and
 * the review as its source. Nothing here decides for a person: a tie, or a reviewed word most
 * now understand, is reported for someone to decide. The same answers count once, whether a file
 * is named twice, saved twice, or imported again later (the entry keeps the ids it counted).
 */
import {textLimits, type AcronymEntry, type CompiledDictionary, type ReviewRecord, type TermEntry} from '@plainspeak/dictionary'
import {isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document} from 'yaml'
import type {AnswersFile, Understood} from './answers.js'
import type {QuestionKind} from './questions.js'

export interface NamedAnswers {
  /** The file name, for messages. */
  name: string
  answers: AnswersFile
}

export interface LearnOptions {
  /** The dictionary file's current text ('' for a new file). */
  dictionaryText: string
  /** The dictionary file's name, for messages. */
  dictionaryName: string
  /** The entries below the file (built-in and other layers): an entry there is copied, then changed. */
  base: Pick<CompiledDictionary, 'terms' | 'acronyms'>
  /** Who reviewed, when the sheets do not say. */
  panel?: string
}

export interface Change {
  kind: QuestionKind
  subject: string
  /** One plain sentence: what changed and why. */
  summary: string
}

export interface LearnResult {
  /** The dictionary's new text (the same as before when nothing changed). */
  text: string
  /** Entries added or changed. */
  changes: Change[]
  /** For a person to decide: ties, reviewed words most now understand, acronyms with no known meaning. */
  decide: Change[]
  /** Words most reviewers understood: no change. */
  understood: Change[]
  /** Passages, with what reviewers said: for the writer, not the dictionary. */
  passages: Change[]
  /** Answers counted once although given more than once. */
  duplicates: string[]
  /** How many reviewers' answers were counted (new ones only). */
  reviewers: number
}

export class DictionaryShapeError extends Error {}

interface Vote {
  response: string
  understood: Understood
  words: string
  explanation?: string
}

interface Subject {
  kind: QuestionKind
  subject: string
  votes: Vote[]
}

/** Answers to throw away as words: they say the reviewer did not know, not what to write. */
const nonAnswer = /^(?:i\s+)?(?:don'?t|do\s+not|dont)\s+know\b|^no\s+idea\b|^not\s+sure\b|^(?:none|nothing|n\/?a|no|yes|-+|\?+)$/i

/** Tidies a reviewer's words: spaces, surrounding quotes, a final full stop. */
export function cleanWords(words: string): string {
  return words
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/[.,;:!]+$/, '')
    .trim()
}

/** "Help at home" → "help at home": ready to go inside a sentence ("NHS", "Tower Hamlets" stay). */
const asPhrase = (words: string) => words.replace(/^(\p{Lu})(?=\p{Ll}+(?:\s+\p{Ll}|$))/u, (letter: string) => letter.toLowerCase())

const keyOf = (kind: QuestionKind, subject: string) => `${kind}\u0000${kind === 'acronym' ? subject : subject.toLowerCase()}`
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
/** Longer answers are a comment, not words for the dictionary (whose review words hold this many characters). */
const maxWordsLength = textLimits.reviewWords

/** What a dictionary term can be: words (as `dict lint` allows), at most 60 characters; an acronym's shape. */
const termShape = /^(?=.*\p{L})[\p{L}\p{M}\p{N}\s'’\-./&]{1,60}$/u
const acronymShape = /^(?=.*\p{Lu})[\p{L}\p{N}&]{2,12}$/u

/** Characters an alternative may not have: it is inserted into documents as it is. */
const notInsertable = /[()[\]{}<>…]|\.\.\./

/** The latest answers per response id; the rest reported. */
function latestResponses(files: readonly NamedAnswers[]): {responses: NamedAnswers[]; duplicates: string[]} {
  const byResponse = new Map<string, NamedAnswers[]>()
  for (const file of files) {
    const group = byResponse.get(file.answers.response)
    if (group) group.push(file)
    else byResponse.set(file.answers.response, [file])
  }
  const duplicates: string[] = []
  const responses: NamedAnswers[] = []
  for (const group of byResponse.values()) {
    const sorted = [...group].sort((a, b) => Date.parse(b.answers.saved) - Date.parse(a.answers.saved))
    const latest = sorted[0]!
    responses.push(latest)
    for (const other of sorted.slice(1)) {
      const same = JSON.stringify(other.answers.answers) === JSON.stringify(latest.answers.answers)
      duplicates.push(
        same
          ? `${other.name} holds the same answers as ${latest.name}: counted once.`
          : `${other.name} and ${latest.name} are one reviewer's answers saved twice: the later one (${latest.name}) is counted.`
      )
    }
  }
  return {responses, duplicates}
}

function collectSubjects(responses: readonly NamedAnswers[]): Map<string, Subject> {
  const subjects = new Map<string, Subject>()
  for (const {answers} of responses) {
    for (const answer of answers.answers) {
      if (answer.understood === null) continue
      const key = keyOf(answer.kind, answer.subject)
      const subject = subjects.get(key) ?? {kind: answer.kind, subject: answer.subject, votes: []}
      subject.votes.push({
        response: answers.response,
        understood: answer.understood,
        words: cleanWords(answer.words),
        ...(answer.explanation ? {explanation: answer.explanation} : {})
      })
      subjects.set(key, subject)
    }
  }
  return subjects
}

/** Words most often given first; the same words in other capitals count together. */
function rankedWords(votes: readonly Vote[], previous: readonly string[] = [], phrases = true): string[] {
  const counts = new Map<string, {text: string; count: number; first: number}>()
  const add = (given: string, index: number) => {
    if (given === '' || given.length > maxWordsLength || nonAnswer.test(given)) return
    const text = phrases ? asPhrase(given) : given
    const key = text.toLowerCase()
    const existing = counts.get(key)
    if (existing) existing.count++
    else counts.set(key, {text, count: 1, first: index})
  }
  previous.forEach((text, index) => add(text, index - previous.length))
  votes.forEach((vote, index) => add(vote.words, index))
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((item) => item.text)
}

interface EntryNode {
  index: number
  node: YAMLMap
}

/**
 * The file's term and acronym entries by `keyOf`, first one kept: built once, so merging is
 * linear in the answers and the entries, not their product.
 */
function indexEntries(document: Document): Map<string, EntryNode> {
  const index = new Map<string, EntryNode>()
  const items = isSeq(document.contents) ? document.contents.items : []
  for (const [position, node] of items.entries()) {
    if (!isMap(node)) continue
    for (const kind of ['term', 'acronym'] as const) {
      const value = node.get(kind)
      if (typeof value !== 'string') continue
      const key = keyOf(kind, value.trim())
      if (!index.has(key)) index.set(key, {index: position, node: node as YAMLMap})
    }
  }
  return index
}

/** The first entry per key (a term lower-cased, an acronym as written). */
function firstByKey<T>(entries: readonly T[], key: (entry: T) => string): Map<string, T> {
  const index = new Map<string, T>()
  for (const entry of entries) if (!index.has(key(entry))) index.set(key(entry), entry)
  return index
}

const flow = <T extends YAMLSeq | YAMLMap>(node: T): T => {
  node.flow = true
  return node
}

/** A review as YAML: one block mapping, lists on one line. */
function reviewNode(document: Document, review: ReviewRecord): YAMLMap {
  const node = document.createNode(review) as YAMLMap
  for (const key of ['words', 'responses']) {
    const list = node.get(key, true)
    if (list instanceof YAMLSeq) flow(list)
  }
  return node
}

function setList(document: Document, node: YAMLMap, key: string, values: readonly string[]): void {
  node.set(key, flow(document.createNode([...values]) as YAMLSeq))
}

/** A term entry's fields for a new entry in the file, copied from the entry below it when there is one. */
export function termFields(base: TermEntry | undefined, subject: string): Record<string, unknown> {
  if (!base) return {term: subject, alternatives: [], kind: 'jargon'}
  return {
    term: base.term,
    ...(base.forms.length > 0 ? {forms: base.forms} : {}),
    alternatives: base.alternatives,
    ...(base.ideas?.length ? {ideas: base.ideas} : {}),
    kind: base.kind,
    ...(base.action === 'explain' ? {action: 'explain'} : {}),
    ...(base.explanation ? {explanation: base.explanation} : {}),
    ...(base.source.length > 0 ? {source: base.source} : {}),
    ...(base.note ? {note: base.note} : {}),
    ...(base.unless.length > 0 ? {unless: base.unless} : {}),
    ...(base.audiences ? {audiences: base.audiences} : {}),
    ...(base.severity ? {severity: base.severity} : {})
  }
}

function acronymFields(base: AcronymEntry | undefined, subject: string, explanation: string | undefined): Record<string, unknown> | undefined {
  if (base) {
    const domains = base.domains ?? base.expansions.map(() => base.domain)
    const mixed = domains.some((domain) => domain !== domains[0])
    return {
      acronym: base.acronym,
      ...(base.expansions.length === 1
        ? {expansion: base.expansions[0]}
        : {expansions: mixed ? base.expansions.map((meaning, index) => ({meaning, domain: domains[index]})) : base.expansions}),
      ...(mixed ? {} : {domain: base.domain}),
      ...(base.source.length > 0 ? {source: base.source} : {}),
      ...(base.note ? {note: base.note} : {})
    }
  }
  // Spelled out in the draft: its meaning is known there.
  return explanation ? {acronym: subject, expansion: explanation, domain: 'general'} : undefined
}

const listFields = new Set(['forms', 'alternatives', 'ideas', 'unless', 'audiences', 'source', 'expansions'])

function newEntryNode(document: Document, fields: Record<string, unknown>, review: ReviewRecord): YAMLMap {
  const node = new YAMLMap()
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value) && listFields.has(key)) setList(document, node, key, value as string[])
    else node.set(key, document.createNode(value))
  }
  node.set('review', reviewNode(document, review))
  return node
}

/** "all 3 understood it", "the reviewer understood it": said as the count the reader wants. */
function allUnderstood(reviewers: number): string {
  return reviewers === 1 ? 'the reviewer understood it' : `all ${reviewers} understood it`
}

/** How many understood: "2 of 3 understood it", or "all 3 understood it". */
function describeUnderstood(understood: number, reviewers: number): string {
  return understood === reviewers ? allUnderstood(reviewers) : `${understood} of ${reviewers} understood it`
}

function describeReview(review: ReviewRecord): string {
  if (review.notUnderstood === 0 && !review.unsure) return allUnderstood(review.reviewers)
  const unsure = review.unsure ? ` and ${review.unsure} not sure` : ''
  return `${review.notUnderstood} of ${review.reviewers} did not understand${unsure}`
}

const quoted = (words: readonly string[]) => words.map((text) => `“${text}”`).join('; ')

/**
 * A word the import cannot make an entry for, kept in the file as a comment at its end: the
 * residents' words stay with the dictionary until someone writes the entry by hand.
 */
function addDraftComment(document: Document, subject: string, review: ReviewRecord, words: readonly string[]): boolean {
  const lines = [
    ` To add by hand: ${subject} (review ${review.date}${review.panel ? `, ${review.panel}` : ''}: ${describeReview(review)}).`,
    ...(words.length > 0 ? [` Residents' words: ${quoted(words)}.`] : [])
  ]
  // The same answers imported again leave the comment as it is.
  if (document.comment?.split('\n').includes(lines[0]!)) return false
  document.comment = [document.comment, ...lines].filter((line) => line).join('\n')
  return true
}

/**
 * Merges answers into the dictionary text. Throws `DictionaryShapeError` when the text is not a
 * list of entries (the file is left alone).
 */
export function learnFromAnswers(files: readonly NamedAnswers[], options: LearnOptions): LearnResult {
  const document: Document = options.dictionaryText.trim() === '' ? parseDocument('[]') : parseDocument(options.dictionaryText)
  if (document.errors.length > 0) throw new DictionaryShapeError(`${options.dictionaryName} is not valid YAML (${document.errors[0]!.message.split('\n')[0]}). Fix it first: plainspeak dict lint ${options.dictionaryName}`)
  if (document.contents === null) document.contents = document.createNode([]) as YAMLSeq
  if (!isSeq(document.contents)) throw new DictionaryShapeError(`${options.dictionaryName} is not a list of entries, so answers cannot be added to it. Name your organisation's word list (a file of "- term:" entries).`)
  if (options.dictionaryText.trim() === '') (document.contents as YAMLSeq).flow = false

  const {responses, duplicates} = latestResponses(files)
  const subjects = collectSubjects(responses)
  const panel = options.panel ?? responses.map((file) => file.answers.sheet.panel).find(Boolean)
  const date = responses.map((file) => file.answers.saved.slice(0, 10)).sort().at(-1) ?? new Date().toISOString().slice(0, 10)
  const result: LearnResult = {text: options.dictionaryText, changes: [], decide: [], understood: [], passages: [], duplicates, reviewers: 0}
  const counted = new Set<string>()
  const entries = indexEntries(document)
  const baseTerms = firstByKey(options.base.terms, (entry) => entry.term.toLowerCase())
  const baseAcronyms = firstByKey(options.base.acronyms, (entry) => entry.acronym)

  for (const subject of subjects.values()) {
    const record = (list: Change[], summary: string) => list.push({kind: subject.kind, subject: subject.subject, summary})
    if (subject.kind === 'passage') {
      for (const vote of subject.votes) counted.add(vote.response)
      const notUnderstood = subject.votes.filter((vote) => vote.understood !== 'yes').length
      const words = rankedWords(subject.votes, [], false)
      const understood = notUnderstood === 0 ? `${allUnderstood(subject.votes.length)}.` : `${notUnderstood} of ${subject.votes.length} did not understand or were not sure.`
      record(result.passages, `${understood.charAt(0).toUpperCase()}${understood.slice(1)}${words.length > 0 ? ` Their words: ${quoted(words)}.` : ''}`)
      continue
    }
    const entryKind = subject.kind === 'acronym' ? 'acronym' : 'term'
    // An answers file can be edited by hand: only a word the dictionary can hold becomes an entry.
    if (!(entryKind === 'acronym' ? acronymShape : termShape).test(subject.subject)) {
      record(result.decide, `this is not ${entryKind === 'acronym' ? 'an acronym' : 'a word or phrase'} a dictionary entry can hold, so it was not added. Check the answers file.`)
      continue
    }
    const existing = entries.get(keyOf(subject.kind, subject.subject))
    const previous = existing ? (existing.node.toJSON() as {review?: ReviewRecord}).review : undefined
    const seen = new Set(previous?.responses ?? [])
    const votes = subject.votes.filter((vote) => !seen.has(vote.response))
    const already = subject.votes.length - votes.length
    if (already > 0) duplicates.push(`${plural(already, 'answer', 'answers')} about “${subject.subject}” ${already === 1 ? 'was' : 'were'} counted before (${options.dictionaryName} records ${already === 1 ? 'it' : 'them'}): not counted again.`)
    if (votes.length === 0) continue
    for (const vote of votes) counted.add(vote.response)

    const reviewers = (previous?.reviewers ?? 0) + votes.length
    const notUnderstood = (previous?.notUnderstood ?? 0) + votes.filter((vote) => vote.understood === 'no').length
    const unsure = (previous?.unsure ?? 0) + votes.filter((vote) => vote.understood === 'not-sure').length
    const words = rankedWords(votes, previous?.words ?? [])
    const review: ReviewRecord = {
      ...(panel ? {panel} : previous?.panel ? {panel: previous.panel} : {}),
      date,
      reviewers,
      notUnderstood,
      ...(unsure > 0 ? {unsure} : {}),
      ...(words.length > 0 ? {words: words.slice(0, 10)} : {}),
      responses: [...(previous?.responses ?? []), ...votes.map((vote) => vote.response)]
    }
    const notClear = notUnderstood + unsure
    const tie = notClear * 2 === reviewers
    const most = notClear * 2 > reviewers

    if (!most && !existing) {
      record(tie ? result.decide : result.understood, tie ? `Reviewers were split: ${describeReview(review)}, the rest understood it. Decide whether to add it to the dictionary.` : `${describeUnderstood(reviewers - notClear, reviewers)}: no change.`)
      continue
    }
    if (!most && existing) {
      // The record stays true to every answer counted; whether the entry should stay is for a person.
      existing.node.set('review', reviewNode(document, review))
      record(result.changes, `review counts updated: ${describeReview(review)}.`)
      record(result.decide, `Most reviewers have now understood it (${describeReview(review)}). Decide whether ${options.dictionaryName} should keep this entry.`)
      continue
    }

    if (subject.kind === 'acronym') {
      if (existing) {
        existing.node.set('review', reviewNode(document, review))
        record(result.changes, `review updated: ${describeReview(review)}.`)
        continue
      }
      const explanation = votes.map((vote) => vote.explanation).find((text) => text && text.length <= textLimits.meaning)
      const fields = acronymFields(
        baseAcronyms.get(subject.subject),
        subject.subject,
        explanation
      )
      if (!fields) {
        // The residents' words are kept: in this summary, and as a comment in the file, for whoever writes the entry.
        if (addDraftComment(document, subject.subject, review, words)) record(result.changes, `kept as a comment for you to finish by hand${words.length > 0 ? `, with the residents' words` : ''}.`)
        record(
          result.decide,
          `${describeReview(review)}, but Plainspeak does not know what it stands for. Add an entry for it by hand, with its meaning.${words.length > 0 ? ` Their words: ${quoted(words)}.` : ''}`
        )
        continue
      }
      ;(document.contents as YAMLSeq).add(newEntryNode(document, fields, review))
      record(result.changes, `added: ${describeReview(review)}. Writers will be told so when they do not spell it out.`)
      continue
    }

    // A term: the reviewers' short answers become alternatives; for a term of art, the explanation.
    const baseEntry = baseTerms.get(subject.subject.toLowerCase())
    // A switch-off entry (`term` + `severity: off` only) becomes a whole entry again.
    const switchOff = existing && existing.node.get('kind') === undefined
    const node = existing && !switchOff ? existing.node : newEntryNode(document, termFields(baseEntry, subject.subject), review)
    if (existing && switchOff) {
      node.commentBefore = existing.node.commentBefore
      node.spaceBefore = existing.node.spaceBefore
      ;(document.contents as YAMLSeq).items[existing.index] = node
    }
    const current = node.toJSON() as {term: string; alternatives?: string[]; action?: string; explanation?: string; severity?: string}
    const notes: string[] = []
    if (current.action === 'explain') {
      const explanation = words[0]
      if (explanation && explanation !== current.explanation) {
        node.set('explanation', explanation)
        notes.push(`explanation “${explanation}”`)
      }
    } else {
      const termKey = current.term.toLowerCase()
      const residents = words.filter((text) => wordCount(text) <= 5 && text.length <= textLimits.phrase && !notInsertable.test(text) && /\p{L}/u.test(text) && text.toLowerCase() !== termKey)
      const have = current.alternatives ?? []
      const merged = [...residents, ...have.filter((text) => !residents.some((other) => other.toLowerCase() === text.toLowerCase()))].slice(0, 5)
      const added = residents.filter((text) => !have.some((other) => other.toLowerCase() === text.toLowerCase()))
      if (added.length > 0) {
        setList(document, node, 'alternatives', merged)
        notes.push(`${added.length === 1 ? 'alternative' : 'alternatives'} ${added.map((text) => `“${text}”`).join(', ')}`)
      }
      if (merged.length === 0) {
        record(result.decide, `${describeReview(review)}, and gave no words to use instead. Decide what to write, or make it an explain entry.`)
        continue
      }
    }
    if (!switchOff && (current.severity === 'info' || current.severity === 'off')) {
      node.delete('severity')
      notes.push(current.severity === 'off' ? 'switched back on (it was off)' : 'now a warning (it was info)')
    }
    node.set('review', reviewNode(document, review))
    if (!existing) (document.contents as YAMLSeq).add(node)
    else if (switchOff) notes.push('switched back on (it was off)')
    const detail = notes.length > 0 ? `; ${notes.join('; ')}` : ''
    record(result.changes, `${existing ? 'updated' : baseEntry ? 'added (from the built-in entry)' : 'added'}: ${describeReview(review)}${detail}.`)
  }

  result.reviewers = counted.size
  if (result.changes.length > 0) result.text = document.toString({lineWidth: 0, flowCollectionPadding: false})
  return result
}
