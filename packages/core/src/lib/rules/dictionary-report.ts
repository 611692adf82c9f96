import {entryIsFor} from './audiences.js'
import type {SourceInfo, TermEntry, TermKind} from '@plainspeak/dictionary'
import {inEntrySense} from '../dictionary/context.js'
import {explanationAt} from '../dictionary/explanations.js'
import {withReviewNote} from '../dictionary/review-note.js'
import {fitReplacements} from '../dictionary/fit.js'
import {readsAs} from '../dictionary/part-of-speech.js'
import type {BlockRuleContext, FindingData, FindingEntry} from './rule.js'
import {insideProperName} from '../text/proper-names.js'
import {overlappingRange} from '../text/search.js'
import {orList, quote} from '../text/wording.js'

/**
 * Plainer words that need the sentence reworded around them: the entry's ideas, and its
 * alternatives that do not fit this sentence as it stands. Named, never inserted.
 */
function rewordReason(kind: TermKind, actual: string, ideas: readonly string[]): string {
  const such = `such as ${orList(ideas)}`
  if (kind === 'wordy-phrase') return `Cut the wordy ${quote(actual)}, or rephrase: for example with ${orList(ideas)}.`
  if (kind === 'idiom') return `Say what you mean instead of the idiom ${quote(actual)}, rewording the sentence: for example with ${orList(ideas)}.`
  if (kind === 'inclusive') return `Rephrase ${quote(actual)}, rewording the sentence ${such}.`
  return `Use plainer words than ${quote(actual)}, ${such}, rewording the sentence to fit.`
}

/** One plain sentence per kind: what was found and what to do. */
const reasons: Record<TermKind, (actual: string, alternatives: readonly string[]) => string> = {
  jargon: (actual, alternatives) =>
    alternatives.length > 0 ? `Use plain words instead of ${quote(actual)}: ${orList(alternatives)}.` : `Say what ${quote(actual)} means in plain words.`,
  'wordy-phrase': (actual, alternatives) =>
    alternatives.length > 0 ? `Use ${orList(alternatives)} instead of the wordy ${quote(actual)}.` : `Cut the wordy ${quote(actual)}, or rephrase.`,
  idiom: (actual, alternatives) =>
    alternatives.length > 0 ? `Say what you mean instead of the idiom ${quote(actual)}: ${orList(alternatives)}.` : `Say what you mean instead of the idiom ${quote(actual)}.`,
  inclusive: (actual, alternatives) =>
    alternatives.length > 0 ? `Use ${orList(alternatives)} instead of ${quote(actual)}.` : `Rephrase ${quote(actual)}: it is not inclusive wording.`
}

/** Repeats: uses of one dictionary entry, or of one simpler-word pattern, are one group. */
export function repeatKey(data: FindingData): string | undefined {
  return data.entry?.term.toLowerCase() ?? data.pattern?.toLowerCase()
}

/** An explain entry's finding: ask for an explanation, offering the dictionary's as a model. */
export function explainReason(actual: string, entry: TermEntry): string {
  const example = entry.explanation ? `, for example: ${quote(`${actual} (${entry.explanation})`)}` : ''
  return `Explain ${quote(actual)} the first time you use it${example}.`
}

/** Why an explain entry is flagged, when the entry gives no note of its own. */
const explainNote =
  'Readers outside the work may not know this term, and there is no plain word that means the same. Explain it once, where it first appears (in brackets, or with "which means …"), or in a glossary; after that, use it freely (Tower Hamlets coproduction principle 7; GOV.UK: explain terms readers need).'

/** Why, when the entry gives no note of its own. */
const defaultNotes: Record<TermKind, string> = {
  jargon: 'Jargon shuts out readers who do not work in the sector. Plain words let everyone understand (Tower Hamlets coproduction principle 7; GOV.UK style).',
  'wordy-phrase': 'Shorter words and phrases are easier to read and understand (GOV.UK: use plain English).',
  idiom: 'Idioms and metaphors are hard to follow for people with English as a second language and for some autistic readers (GOV.UK style).',
  inclusive: 'Language must be inclusive: this wording can offend or exclude the people it describes (GOV.UK and NHS inclusive language guidance).'
}

/** Keep the capital of a sentence-opening word: "Utilise" → "Use", "A number of" → "Some". */
function matchCase(replacement: string, actual: string): string {
  if (/^\p{Lu}(?:\p{Ll}|\s|$)/u.test(actual)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** Words that start with a vowel letter but take "a" ("a unit", "a user", "a one-off"), and the reverse ("an hour"). */
const vowelLetterWithA = /^(?:uni|use|usu|uti|ura|eu|one|once|ubiq)/i
const silentH = /^(?:hour|honest|honour|heir)/i

/** The indefinite article a replacement takes. */
export function articleFor(word: string): 'a' | 'an' {
  if (silentH.test(word)) return 'an'
  return /^[aeiou]/i.test(word) && !vowelLetterWithA.test(word) ? 'an' : 'a'
}

/** Words after which a verb takes its participle form. */
const auxiliaries = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'having', 'get', 'got', 'gets', 'getting'])

const wordOrPhrase = (entry: TermEntry) => (/\s/.test(entry.term.trim()) ? 'phrase' : 'word')

/** Each entry's `FindingEntry`, per table of sources (one per checker's dictionaries). */
const findingEntries = new WeakMap<Record<string, SourceInfo>, WeakMap<TermEntry, FindingEntry>>()

/**
 * The entry a finding names, made once per entry and shared, frozen, by all its findings: a
 * findings-dense document has tens of thousands of findings of a few dozen entries, and a copy
 * each (with its sources' titles) was much of their memory.
 */
function findingEntry(entry: TermEntry, sources: Record<string, SourceInfo>): FindingEntry {
  let entries = findingEntries.get(sources)
  if (!entries) findingEntries.set(sources, (entries = new WeakMap()))
  let made = entries.get(entry)
  if (!made) {
    const named = entry.source.map((id) => {
      const info = Object.hasOwn(sources, id) ? sources[id] : undefined
      return Object.freeze(info ? {id, title: info.title, ...(info.url ? {url: info.url} : {})} : {id})
    })
    made = Object.freeze({
      term: entry.term,
      kind: entry.kind,
      action: entry.action === 'explain' ? 'explain' : 'replace',
      source: entry.source,
      sources: named,
      ...(entry.review ? {review: entry.review} : {})
    } satisfies FindingEntry)
    entries.set(entry, made)
  }
  return made
}

/** Reports dictionary matches of the given kinds: shared by the `jargon` and `inclusive` rules. */
export function reportTermMatches(context: BlockRuleContext, kinds: ReadonlySet<TermKind>): void {
  const {text} = context.analysis
  // The words of a spelled-out acronym are the name of a thing ("Key performance
  // indicators (KPIs)"): the acronym rules deal with it, so the dictionary does not.
  const names = context.analysis.definitions.flatMap((definition) =>
    definition.expansionStart === undefined ? [] : [[definition.expansionStart, definition.expansionEnd!] as const]
  )
  const {analysis, settings} = context
  // A letter's sign-off ("Head of Commissioning", on its own line after "Yours sincerely") names
  // its signer and their job: no word in it is a term.
  if (context.block.signOff) return
  for (const match of analysis.termMatches) {
    const {entry} = match
    if (!kinds.has(entry.kind)) continue
    // Board and staff readers know "commissioning"; residents may not.
    if (!entryIsFor(entry.audiences, settings.audience)) continue
    if (!inEntrySense(analysis, match.start, entry)) continue
    // "a parking permit" is not the verb "permit": an entry for one part of speech leaves the other alone.
    if (entry.partOfSpeech && !readsAs(analysis, match.start, match.end, entry.partOfSpeech)) continue
    if (entry.kind !== 'inclusive') {
      const name = overlappingRange(names, match.start, match.end)
      if (name && match.start >= name[0] && match.end <= name[1]) continue
      // "Clinical Commissioning Group", "Better Care Fund": names are not jargon.
      if (insideProperName(analysis, match.first, match.last)) continue
    }
    const term = text.slice(match.start, match.end)
    const data: FindingData = {entry: findingEntry(entry, settings.dictionary.sources)}
    if (entry.action === 'explain') {
      // Every use is reported with whether it is explained there; the document settles which
      // one finding (at most) to keep: see explain-once.ts.
      const explained = explanationAt(analysis, match)
      context.report({
        start: match.start,
        end: match.end,
        reason: explainReason(term, entry),
        expected: [],
        note: withReviewNote(entry.note ?? explainNote, entry.review, wordOrPhrase(entry)),
        subject: entry.term,
        data,
        explainOnce: {
          key: entry.term.toLowerCase(),
          ...(explained ? {explained} : {}),
          heading: analysis.block.kind === 'heading',
          laterReason: (line) => `Explain ${quote(term)} where you first use it: you explain it later, on line ${line}.`
        },
        ...(entry.severity ? {severity: entry.severity} : {})
      })
      continue
    }
    // A glossary row that names the term defines it: that is not a use to replace.
    if (analysis.block.glossary && text.slice(0, match.start).trim() === '') continue
    // "was commenced" → "was begun", but "we commenced" → "we began".
    const previous = analysis.tokens[match.first - 1]
    const afterAuxiliary = auxiliaries.has(previous?.normal ?? '')
    const sentence = analysis.sentenceAt(match.start)
    const fit = fitReplacements({
      text,
      sentence: sentence ? {start: sentence.start, end: sentence.end} : {start: 0, end: text.length},
      start: match.start,
      end: match.end,
      alternatives: entry.alternatives,
      spellings: [entry.term, ...entry.forms],
      ...(entry.frames ? {frames: entry.frames} : {}),
      suffix: match.suffix,
      afterAuxiliary,
      finish(replacements) {
        let start = match.start
        let texts = replacements
        // "an area-based approach" → "a local approach": take the article along when an alternative needs the other one.
        if (previous && (previous.normal === 'a' || previous.normal === 'an') && analysis.tokens[match.first]!.gapBefore === 'space') {
          if (texts.some((replacement) => articleFor(replacement) !== previous.normal)) {
            start = previous.start
            texts = texts.map((replacement) => `${articleFor(replacement)} ${replacement}`)
          }
        }
        const actual = text.slice(start, match.end)
        return {start, texts: texts.map((replacement) => matchCase(replacement, actual))}
      }
    })
    const {start, expected} = fit
    const actual = text.slice(start, fit.end)
    const ideas = expected.length > 0 ? [] : [...new Set([...fit.checks.map((check) => check.replacement.trim() || check.alternative), ...(entry.ideas ?? [])])]
    context.report({
      start,
      end: fit.end,
      reason: ideas.length > 0 ? rewordReason(entry.kind, actual, ideas) : reasons[entry.kind](actual, expected),
      expected,
      note: withReviewNote(fit.note ?? entry.note ?? defaultNotes[entry.kind], entry.review, wordOrPhrase(entry)),
      subject: entry.term,
      data,
      ...(entry.severity ? {severity: entry.severity} : {})
    })
  }
}
