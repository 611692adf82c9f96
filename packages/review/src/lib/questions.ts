/**
 * What a residents' panel is asked about a draft, chosen from core's findings and statistics:
 * the acronyms and terms readers may not know (each in its sentence, with the explanation the
 * draft gives, if any) and the hardest passages. Only what an editor would put to a panel:
 * jargon and idioms, not wordy phrases ("in order to" is understood, only long-winded), not
 * words people say every day ("diseases": see word-frequency.ts), and not passives or inclusive
 * wording (questions of style, not of understanding).
 */
import type {DocumentStats, MessageJson} from '@plainspeak/core'
import builtin from '@plainspeak/dictionary/builtin'
import {plainText, sentenceAround, sentenceParts, type FormatName, type SentenceParts} from './sentences.js'
import {isEverydayWord} from './word-frequency.js'

/** A finding as the review needs it: core's JSON message (every surface has it). */
export type ReviewFinding = Pick<MessageJson, 'ruleId' | 'severity' | 'actual' | 'offset' | 'endOffset' | 'data'>

export interface ReviewInput {
  /** The text core checked: the findings' offsets point into it (for .docx, its paragraphs joined). */
  text: string
  format: FormatName
  messages: readonly ReviewFinding[]
  stats: Pick<DocumentStats, 'acronyms' | 'targetReadingAge'>
}

export type QuestionKind = 'acronym' | 'term' | 'passage'

export interface Question {
  /** Stable across sheets: `term:reablement`, `acronym:PALS`, `passage:…`. */
  id: string
  kind: QuestionKind
  /** What the dictionary knows it by: the entry's term, the acronym, or the passage itself. */
  subject: string
  /** The sentence (for a passage: the passage), split around the words asked about. */
  sentence: SentenceParts
  /** What the draft says it means, or `null` when it does not say. */
  explanation: string | null
  /** For a passage: its estimated reading age. */
  readingAge?: number
  /** Where in the draft (offset into the checked text), for ordering. */
  offset: number
}

export interface ChooseOptions {
  /** Most words (terms and acronyms) to ask about; the most important first. Default 12. */
  maxWords?: number
  /** Most passages to ask about. Default 3. */
  maxPassages?: number
  /**
   * Words or phrases the writer wants asked about too, such as a term no list has yet
   * ("Section 20", "floating support"): asked at their first use, before any other word.
   */
  ask?: readonly string[]
}

/** Dictionary kinds a resident may not understand (the rest are about style). */
const askedKinds = new Set(['jargon', 'idiom'])

/**
 * Formal everyday words with plainer synonyms ("appropriate", "commence", "approximately") are
 * the writer's to fix, not a question for residents: most understand them. The words of the
 * trade are: the council and NHS lists, and an organisation's own.
 */
const everydayFormalWords = new Set(
  builtin.terms.filter((entry) => entry.origin?.file.endsWith('plain-english.yml') && entry.action !== 'explain').map((entry) => entry.term.toLowerCase())
)

interface Candidate extends Question {
  /** Lower is asked first when there are more than fit. */
  rank: number
}

type Picker = (finding: ReviewFinding, input: ReviewInput) => Candidate | undefined

/**
 * Which words to ask about first when there are more than fit: terms of art (only readers can
 * say whether an explanation works), acronyms left unexplained, jargon the lists mark as a
 * warning, jargon that is often fine, and last acronyms the draft spells out.
 */
const ranks = {asked: -1, explain: 0, undefinedAcronym: 1, lateAcronym: 2, jargon: 2, oftenFine: 3, definedAcronym: 4} as const

/** Rules whose findings become questions, with how each is asked. */
const pickers: Record<string, Picker> = {
  'acronym-undefined': (finding, input) => acronymQuestion(finding.data.acronym ?? finding.actual, finding.offset, finding.endOffset, null, input, ranks.undefinedAcronym),
  'acronym-late-definition': (finding, input) => {
    const row = input.stats.acronyms.find((acronym) => acronym.acronym === finding.actual)
    return acronymQuestion(finding.actual, finding.offset, finding.endOffset, row?.expansion ?? null, input, ranks.lateAcronym)
  },
  jargon: (finding, input) => {
    const {entry} = finding.data
    if (!entry || !askedKinds.has(entry.kind) || everydayFormalWords.has(entry.term.toLowerCase())) return undefined
    // A word everyone says ("diseases") may be the wrong word for the text, but residents know it.
    // A term of art is asked all the same: only readers can say whether its explanation works.
    if (entry.action !== 'explain' && isEverydayWord(finding.actual)) return undefined
    return {
      id: `term:${entry.term.toLowerCase()}`,
      kind: 'term',
      subject: entry.term,
      sentence: sentenceParts(input.text, finding.offset, finding.endOffset, input.format),
      explanation: null,
      offset: finding.offset,
      rank: entry.action === 'explain' ? ranks.explain : finding.severity === 'info' ? ranks.oftenFine : ranks.jargon
    }
  }
}

function acronymQuestion(acronym: string, start: number, end: number, explanation: string | null, input: ReviewInput, rank: number): Candidate {
  return {
    id: `acronym:${acronym}`,
    kind: 'acronym',
    subject: acronym,
    sentence: sentenceParts(input.text, start, end, input.format),
    explanation,
    offset: start,
    rank
  }
}

/** Acronyms the draft spells out for readers who would not know them: does the spelling out help? */
function definedAcronyms(input: ReviewInput): Candidate[] {
  return input.stats.acronyms.flatMap((row) => {
    if (row.exempt || !row.definedAt || !row.expansion) return []
    const offset = row.firstUse.offset
    return [acronymQuestion(row.acronym, offset, offset + row.acronym.length, row.expansion, input, ranks.definedAcronym)]
  })
}

/**
 * Terms of art the draft explains: core asks for no change then, but only readers can say
 * whether the explanation works, so the sheet asks about them with the draft's own words.
 * Built-in explain entries for the public, matched in their written forms.
 */
const termsOfArt = builtin.terms.filter((entry) => entry.action === 'explain' && entry.severity !== 'off' && (!entry.audiences || entry.audiences.includes('public')))

/** The draft's explanation right after a term: "(…)", ", which means …", " – …", ": …", " means …". */
const explanationAfter = [
  // "reablement (…)", or with a word or two between: "our reablement service (…)".
  /^["”’'*_]*(?:\s+[\p{L}-]+){0,2}\s*\(([^()]{3,200})\)/u,
  /^["”’'*_]*,?\s*(?:which|that)\s+(?:means|is when|is where|is about|is how|is what|refers to|involves)\s+([^.;!?]{3,200})/iu,
  /^["”’'*_]*,\s*(?:meaning|that is|in other words|i\.?e\.?)\s+([^.;!?]{3,200})/iu,
  /^["”’'*_]*\s*(?:[–—]|\s-|:)\s*(\p{Ll}[^.;!?]{2,200})/u,
  /^["”’'*_]*\s+(?:means|refers to|is when|is where|is about|involves)\s+([^.;!?]{3,200})/iu
]

function explainedTermsOfArt(input: ReviewInput): Candidate[] {
  return termsOfArt.flatMap((entry) => {
    const spellings = [entry.term, ...entry.forms].map((spelling) => spelling.split(/\s+/).map(escapeRegExp).join('[\\s-]+'))
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.join('|')})(?:s|es|ed|ing)?(?![\\p{L}\\p{N}])`, 'giu')
    for (const match of input.text.matchAll(pattern)) {
      const end = match.index + match[0].length
      const after = plainText(input.text.slice(end, end + 400), input.format)
      const explanation = explanationAfter.map((rule) => rule.exec(after)?.[1]?.trim()).find(Boolean)
      // "Primary Care Network (PCN)": brackets that hold an acronym name a thing, they do not explain it.
      if (!explanation || /^[\p{Lu}\d&]{2,10}s?$/u.test(explanation)) continue
      return [
        {
          id: `term:${entry.term.toLowerCase()}`,
          kind: 'term' as const,
          subject: entry.term,
          sentence: sentenceParts(input.text, match.index, end, input.format),
          explanation,
          offset: match.index,
          rank: ranks.explain
        }
      ]
    }
    return []
  })
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The writer's own words to ask about, at their first use in the text (whole words, any case). */
function askedWords(input: ReviewInput, phrases: readonly string[]): Candidate[] {
  return phrases.flatMap((given) => {
    const phrase = given.trim().replace(/\s+/g, ' ')
    if (phrase === '') return []
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu')
    const match = pattern.exec(input.text)
    if (!match) return []
    const start = match.index
    const end = start + match[0].length
    return [
      {
        id: `term:${phrase.toLowerCase()}`,
        kind: 'term' as const,
        subject: phrase,
        sentence: sentenceParts(input.text, start, end, input.format),
        explanation: null,
        offset: start,
        rank: ranks.asked
      }
    ]
  })
}

/** The hardest sentences: readability and sentence-length findings, hardest first. */
function passages(input: ReviewInput, max: number): Candidate[] {
  const bySpan = new Map<string, Candidate>()
  for (const finding of input.messages) {
    if (finding.ruleId !== 'readability' && finding.ruleId !== 'sentence-length') continue
    const [start, end] = sentenceAround(input.text, finding.offset, finding.endOffset, input.format)
    const key = `${start}:${end}`
    const readingAge = finding.data.readingAge ?? undefined
    const words = finding.data.words ?? 0
    const passage = plainText(input.text.slice(finding.offset, finding.endOffset), input.format).trim()
    const existing = bySpan.get(key)
    const rank = -(readingAge ?? 0) * 100 - words
    if (existing) {
      existing.rank = Math.min(existing.rank, rank)
      if (readingAge !== undefined) existing.readingAge = readingAge
      continue
    }
    bySpan.set(key, {
      id: `passage:${hash(passage)}`,
      kind: 'passage',
      subject: passage,
      sentence: {before: '', shown: passage, after: ''},
      explanation: null,
      ...(readingAge === undefined ? {} : {readingAge}),
      offset: finding.offset,
      rank
    })
  }
  return [...bySpan.values()].sort((a, b) => a.rank - b.rank).slice(0, max)
}

/** The questions for a sheet, words first, each group in the order the draft has them. */
export function chooseQuestions(input: ReviewInput, options: ChooseOptions = {}): Question[] {
  const words = new Map<string, Candidate>()
  const candidates = [
    ...input.messages.flatMap((finding) => {
      const candidate = pickers[finding.ruleId]?.(finding, input)
      return candidate ? [candidate] : []
    }),
    ...definedAcronyms(input),
    ...explainedTermsOfArt(input),
    ...askedWords(input, options.ask ?? [])
  ]
  for (const candidate of candidates) {
    const existing = words.get(candidate.id)
    // One question per word, at its first use, with the draft's explanation if any finding found one.
    if (!existing) words.set(candidate.id, candidate)
    else {
      if (candidate.offset < existing.offset) {
        existing.offset = candidate.offset
        existing.sentence = candidate.sentence
      }
      existing.explanation ??= candidate.explanation
      existing.rank = Math.min(existing.rank, candidate.rank)
    }
  }
  const chosenWords = [...words.values()].sort((a, b) => a.rank - b.rank || a.offset - b.offset).slice(0, options.maxWords ?? 12)
  const chosenPassages = passages(input, options.maxPassages ?? 3)
  const byPlace = (a: Candidate, b: Candidate) => a.offset - b.offset
  return [...chosenWords.sort(byPlace), ...chosenPassages.sort(byPlace)].map(({rank: _rank, ...question}) => question)
}

/** A short, stable id for a passage (FNV-1a, 32 bits, as hex). */
export function hash(text: string): string {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193) >>> 0
  }
  return value.toString(16).padStart(8, '0')
}
