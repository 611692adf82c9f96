import type {TermEntry, TermKind} from '@plainspeak/dictionary'
import {inflectReplacement} from '../dictionary/inflect.js'
import {containsPhrase, type TermMatch} from '../dictionary/matcher.js'
import type {BlockRuleContext} from '../rule.js'
import {phraseKeys} from '../text/tokens.js'
import {overlappingRange} from '../text/search.js'
import {orList, quote} from '../text/wording.js'


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

/** Why, when the entry gives no note of its own. */
const defaultNotes: Record<TermKind, string> = {
  jargon: 'Jargon shuts out readers who do not work in the sector. Plain words let everyone understand (Tower Hamlets coproduction principle 7; GOV.UK style).',
  'wordy-phrase': 'Shorter words and phrases are easier to read and understand (GOV.UK: use plain English).',
  idiom: 'Idioms and metaphors are hard to follow for people with English as a second language and for some autistic readers (GOV.UK style).',
  inclusive: 'Language must be inclusive: this wording can offend or exclude the people it describes (GOV.UK and NHS inclusive language guidance).'
}

/** Keep the capital of a sentence-opening word: "Utilise" → "Use". */
function matchCase(replacement: string, actual: string): string {
  if (/^\p{Lu}\p{Ll}/u.test(actual) || (/^\p{Lu}$/u.test(actual.charAt(0)) && actual.length === 1)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/** Words after which a verb takes its participle form. */
const auxiliaries = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'having', 'get', 'got', 'gets', 'getting'])

const unlessCache = new WeakMap<TermEntry, string[][]>()

/** Whether an entry's `unless` context appears in the sentence around the match. */
function excusedByContext(context: BlockRuleContext, match: TermMatch): boolean {
  const {entry} = match
  if (entry.unless.length === 0) return false
  let phrases = unlessCache.get(entry)
  if (!phrases) {
    phrases = entry.unless.map(phraseKeys)
    unlessCache.set(entry, phrases)
  }
  const sentence = context.analysis.sentenceAt(match.start)
  const tokens = sentence
    ? context.analysis.tokens.slice(sentence.firstToken, sentence.lastToken + 1)
    : context.analysis.tokens
  return phrases.some((keys) => containsPhrase(tokens, keys))
}

/** Reports dictionary matches of the given kinds: shared by the `jargon` and `inclusive` rules. */
export function reportTermMatches(context: BlockRuleContext, kinds: ReadonlySet<TermKind>): void {
  const {text} = context.analysis
  // The words of a spelled-out acronym are the name of a thing ("Key performance
  // indicators (KPIs)"): the acronym rules deal with it, so the dictionary does not.
  const names = context.analysis.definitions.flatMap((definition) =>
    definition.expansionStart === undefined ? [] : [[definition.expansionStart, definition.expansionEnd!] as const]
  )
  for (const match of context.analysis.termMatches) {
    const {entry} = match
    if (!kinds.has(entry.kind) || excusedByContext(context, match)) continue
    const name = entry.kind === 'inclusive' ? undefined : overlappingRange(names, match.start, match.end)
    if (name && match.start >= name[0] && match.end <= name[1]) continue
    const actual = text.slice(match.start, match.end)
    // "was commenced" → "was begun", but "we commenced" → "we began".
    const previous = context.analysis.tokens[match.first - 1]?.normal ?? ''
    const afterAuxiliary = auxiliaries.has(previous)
    const expected = entry.alternatives.map((alternative) => matchCase(inflectReplacement(alternative, match.suffix, afterAuxiliary), actual))
    const sources = entry.source.map((id) => {
      const info = context.settings.dictionary.sources[id]
      return info ? {id, title: info.title, ...(info.url ? {url: info.url} : {})} : {id}
    })
    context.report({
      start: match.start,
      end: match.end,
      reason: reasons[entry.kind](actual, expected),
      expected,
      note: entry.note ?? defaultNotes[entry.kind],
      data: {entry: {term: entry.term, kind: entry.kind, source: entry.source, sources}},
      ...(entry.severity ? {severity: entry.severity} : {})
    })
  }
}
