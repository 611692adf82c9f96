/**
 * The data model shared by the dictionary tooling and the engine.
 *
 * YAML files in `dictionaries/` (and organisation or project files) are
 * validated and compiled into a `CompiledDictionary`; `@plainspeak/core`
 * consumes only compiled data, so it never needs a YAML parser or a file system.
 */
import type {Audience, Severity} from '@plainspeak/base'

/** What kind of wording an entry flags. `inclusive` entries are reported by the `inclusive` rule, the rest by `jargon`. */
export type TermKind = 'jargon' | 'wordy-phrase' | 'idiom' | 'inclusive'

export const termKinds: readonly TermKind[] = ['jargon', 'wordy-phrase', 'idiom', 'inclusive']

/**
 * What a term entry asks of the writer. `replace`: the term has plain alternatives that fit in
 * the sentence, so every use is flagged (editors offer "replace all"). `explain`: a term of art
 * or a subject word with no plain swap (coproduction, safeguarding, reablement): flagged once,
 * at its first use, asking the writer to explain it, and satisfied by an explanation.
 */
export type TermAction = 'replace' | 'explain'

export const termActions: readonly TermAction[] = ['replace', 'explain']

/**
 * What follows a term in its sentence, as a part-of-speech tagger reads it: "ensure that the form
 * is signed" (`that`), "ensure the form is signed" (`clause`), "ensure a smooth discharge"
 * (`noun-phrase`), "seek to improve" (`to-verb`), "liaise with" (`preposition`), nothing (the
 * sentence or clause ends) or anything else (`other`). An entry's `frames` say which of these each
 * alternative fits.
 */
export type Frame = 'that' | 'clause' | 'noun-phrase' | 'to-verb' | 'preposition' | 'nothing' | 'other'
export const frames: readonly Frame[] = ['that', 'clause', 'noun-phrase', 'to-verb', 'preposition', 'nothing', 'other']

/**
 * The part of speech in which a term is flagged, where its other use is fine: "permit" as a verb
 * ("we cannot permit pets"), not the noun ("a parking permit"); "in between" as a preposition
 * ("in between the buildings"), not the adverb ("England was in between").
 */
export type PartOfSpeech = 'verb' | 'noun' | 'preposition'

export const partsOfSpeech: readonly PartOfSpeech[] = ['verb', 'noun', 'preposition']

/** Where an entry's data comes from, for errors and for reviewers. */
export interface Origin {
  file: string
  line: number
  column: number
}

/**
 * A resident review an entry comes from (`plainspeak review import` writes it): the note of a
 * finding from such an entry says how many residents did not understand the word.
 */
export interface ReviewRecord {
  /** Who reviewed, e.g. "Bow residents' panel". */
  panel?: string
  /** The date of the latest answers counted, `YYYY-MM-DD`. */
  date: string
  /** How many reviewers answered about the word. */
  reviewers: number
  /** How many of them did not understand it. */
  notUnderstood: number
  /** How many were not sure. */
  unsure?: number
  /** The reviewers' own words for it, most common first. */
  words?: string[]
  /** Ids of the answer files counted, so the same answers imported again count once. */
  responses?: string[]
}

/** A word or phrase to avoid, with plain alternatives. */
export interface TermEntry {
  /** The word or phrase as written in the dictionary, e.g. `signpost` or `going forward`. */
  term: string
  /** Extra spellings or inflections to match; regular inflections are added by the engine. */
  forms: string[]
  /** Ready-to-insert replacements; `[]` means rephrase by hand (see `note`). */
  alternatives: string[]
  /**
   * Plainer words to consider that do not fit every sentence as they stand ("need" for
   * "requirement": "legal requirements" are not "legal needs"): named in the message, never
   * inserted, so the writer rewords the sentence around them.
   */
  ideas?: string[]
  /**
   * The frames (what follows the term) in which an alternative fits, by alternative: an
   * alternative not named here fits every frame.
   */
  frames?: Record<string, Frame[]>
  kind: TermKind
  /** Source ids (see `sources.yml`), the main one first. */
  source: string[]
  /** Why to avoid it, in a sentence or two. */
  note?: string
  /** Phrases that, when present in the same sentence, mean the term is fine here. */
  unless: string[]
  /**
   * Phrases one of which must be in the same sentence for the term to be flagged: the sense
   * the alternatives fit ("stool" only near "sample" or "poo"). Absent means any sentence.
   */
  only?: string[]
  /**
   * The part of speech the term is flagged in, read by a tagger from the sentence ("permit" as
   * a verb only). Absent means any.
   */
  partOfSpeech?: PartOfSpeech
  /** Overrides the rule's severity for this entry; `off` switches the entry off. */
  severity?: Severity
  /** A sentence that should be flagged and a rewrite that should not. */
  examples?: {bad: string; good: string}
  /** `explain` for a term of art to explain once; absent means `replace`. */
  action?: TermAction
  /** The audiences whose readers need the term flagged; absent means every audience. */
  audiences?: Audience[]
  /** For an explain entry: a plain explanation the writer can adapt (shown, never inserted). */
  explanation?: string
  /** The resident review this entry comes from, if any. */
  review?: ReviewRecord
  origin?: Origin
}

/**
 * One of retext-simplify's patterns, as reviewed for UK council and NHS writing
 * (`simpler-words.yml`): either the alternatives that keep the meaning, or `off` with the reason.
 */
export interface SimplerWordEntry {
  /** The retext-simplify pattern, e.g. `a number of`. */
  pattern: string
  /** The suggestions that keep the meaning (a subset of retext-simplify's, or our own). */
  alternatives: string[]
  /** Whether "remove it" is also good advice (the sentence still reads without the words). */
  remove: boolean
  /** Why the pattern is switched off; an entry with `off` is never reported. */
  off?: string
  /** Why to change it, when more needs saying than "everyday words are easier to read". */
  note?: string
  /** Phrases that, in the same sentence, mean the words are fine. */
  unless: string[]
  /** The audiences whose readers need it flagged; absent means every audience the rule runs for. */
  audiences?: Audience[]
  origin?: Origin
}

/**
 * Where an acronym (or one of its meanings) is used. The engine reads the domains of the other
 * acronyms in a document to choose between meanings: PCN in an NHS paper is a primary care
 * network, in a parking report a penalty charge notice.
 */
export type AcronymDomain = 'nhs' | 'council' | 'education' | 'justice' | 'public-sector' | 'general'

export const acronymDomains: readonly AcronymDomain[] = ['nhs', 'council', 'education', 'justice', 'public-sector', 'general']

/** An acronym and what it stands for (one or more meanings). */
export interface AcronymEntry {
  /** As written, e.g. `JSNA`, `A&E`, `EqIA`, `S151`. */
  acronym: string
  /** Each meaning, written as it should appear when spelled out. */
  expansions: string[]
  /** The domain of the first meaning (of every meaning, when `domains` is absent). */
  domain: AcronymDomain
  /** Each meaning's domain, in the order of `expansions`. */
  domains?: AcronymDomain[]
  source: string[]
  note?: string
  /** The resident review this entry comes from, if any. */
  review?: ReviewRecord
  origin?: Origin
}

/**
 * Something written like an acronym that nobody spells out: a form or reference code
 * (`FP10`, an organisation code such as `RQX`) or a product name (`MS Teams`). Never reported
 * as an acronym and never listed in a glossary.
 */
export interface CodeEntry {
  /** As written; a phrase such as `MS Teams` covers the acronym only when the whole phrase is there. */
  code: string
  /** What it is, for reviewers. */
  note?: string
  source: string[]
  origin?: Origin
}

/** Acronyms each audience knows; lists are cumulative (board includes public, staff includes board), and the patient list stands alone. */
export type WellKnownLists = Record<Audience, string[]>

export interface SourceInfo {
  id: string
  title: string
  url?: string
  licence: string
}

/** Everything the engine needs, produced by the compiler from one or more YAML files. */
export interface CompiledDictionary {
  terms: TermEntry[]
  acronyms: AcronymEntry[]
  /** Names and codes that look like acronyms but are not (optional: older compiled data has none). */
  codes?: CodeEntry[]
  wellKnown: WellKnownLists
  sources: Record<string, SourceInfo>
  /** The reviewed retext-simplify patterns (`simpler-words.yml`); absent in layers that change none. */
  simplerWords?: SimplerWordEntry[]
}

/**
 * A `TermEntry` that only switches a lower layer's entry off (`term: x` + `severity: off`)
 * compiles with `kind: 'jargon'`, `alternatives: []` and `source: []`: `layerDictionaries`
 * replaces those with the switched-off entry's own data, so only its `severity` matters.
 */

/** How bad a problem in dictionary data is: errors fail `compile` and `lint`, warnings do not. */
export type ProblemSeverity = 'error' | 'warning'

/** A problem in dictionary data, located at the YAML node that caused it. */
export interface Problem {
  /** The file as the caller named it, e.g. `dictionaries/council.yml`. */
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  /** One or two sentences: what is wrong, naming the entry, and how to fix it. */
  message: string
  /** The term, acronym, source id or list the problem belongs to, when there is one. */
  entry?: string
  severity: ProblemSeverity
}

/** A dictionary file's text and the name to report problems against. */
export interface DictionaryFileText {
  file: string
  text: string
}

/** The result of loading or compiling: the valid data plus every problem found. */
export interface DictionaryResult {
  /** Valid entries only: an entry with an error is left out, never half-used. */
  dictionary: CompiledDictionary
  problems: Problem[]
}
