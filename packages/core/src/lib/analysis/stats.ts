import type {AcronymAnalysis} from '../acronyms/analyse.js'
import type {PlacedBlock} from '../acronyms/analyse.js'
import type {Point} from '../text/location.js'

/**
 * Why a text has no reading age: it has no prose sentences (`no-sentences`), or its sentences run
 * on without full stops (`no-full-stops`: unpunctuated text reads as one sentence of hundreds of
 * words, and the formulas, fitted on texts of 10 to 30 words a sentence, would give a reading age
 * of 380 and a Flesch score of −891).
 */
export type Unmeasured = 'no-sentences' | 'no-full-stops'

/**
 * Most words a sentence (or a text, on average) may have for the reading-age formulas to mean
 * something. On the judged corpus's calibration half (38 council and NHS documents) the longest
 * sentence written as one is 77 words (a parish council minute), the longer runs are tables and
 * lists run together by conversion, and the highest average of any section is 59 words; the
 * formulas themselves were fitted on texts averaging under 30 words a sentence.
 */
export const longestMeasurableSentence = 80

export interface ReadingFigures {
  words: number
  sentences: number
  syllables: number
  /** Flesch reading ease, 0–100 (higher is easier); `null` without words. */
  fleschReadingEase: number | null
  /** Flesch–Kincaid US grade level. */
  fleschKincaidGrade: number | null
  /** UK reading age: Flesch–Kincaid grade + 5. `null` when the text cannot be measured (`unmeasured` says why). */
  readingAge: number | null
  /** Why the figures above are `null`; `null` when they are measured. */
  unmeasured: Unmeasured | null
}

/**
 * Reading figures of a document or section. `words` counts every word outside
 * headings (the size of the text); the reading age, `sentences` and
 * `syllables` come from prose sentences only (`proseWords` words), so that
 * headings, labels, table cells, link text and fragments do not make a
 * document look easier or harder than its prose is (see prose.ts).
 */
export interface TextFigures extends ReadingFigures {
  /** Words in the prose sentences the reading age is worked out from. */
  proseWords: number
}

export interface SectionStats extends TextFigures {
  /** The heading's text, or `null` for text before the first heading. */
  heading: string | null
  depth: number
  line: number
}

export interface AcronymRow {
  acronym: string
  /** From the text, a glossary, or the dictionary (first meaning); `null` when unknown. */
  expansion: string | null
  /** All meanings the dictionary knows. */
  meanings: string[]
  definedAt: Point | null
  firstUse: Point
  count: number
  /** On the audience's well-known list or allowed. */
  exempt: boolean
}

export interface DocumentStats extends TextFigures {
  targetReadingAge: number
  /** Prose sentences with a passive verb (all passives, including those that say who acted). */
  passiveSentences: number
  /** Passive sentences as a share of prose sentences, 0–1. */
  passiveShare: number
  /** Prose sentences longer than `sentenceLimit` words. */
  longSentences: number
  sentenceLimit: number
  sections: SectionStats[]
  acronyms: AcronymRow[]
}

/** A heading as a section's name: its words, with markup left out (blanked in the block) and spaces tidied. */
const headingText = (text: string) => text.trim().replace(/\s+/g, ' ')

const round = (value: number) => Math.round(value * 10) / 10

/** Flesch reading ease and Flesch–Kincaid grade, the same formulas as GNU style and most word processors. */
export function readingFigures(words: number, sentences: number, syllables: number): ReadingFigures {
  if (words === 0 || sentences === 0) {
    return {words, sentences, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null, unmeasured: 'no-sentences'}
  }
  const wordsPerSentence = words / sentences
  if (wordsPerSentence > longestMeasurableSentence) {
    return {words, sentences, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null, unmeasured: 'no-full-stops'}
  }
  const syllablesPerWord = syllables / words
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
  return {
    words,
    sentences,
    syllables,
    fleschReadingEase: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    fleschKincaidGrade: round(grade),
    readingAge: round(Math.max(grade, 0) + 5),
    unmeasured: null
  }
}

interface Tally {
  words: number
  proseWords: number
  sentences: number
  syllables: number
  /** Prose "sentences" too long to measure (text without full stops), left out of the figures. */
  runOn: number
}

function textFigures(tally: Tally): TextFigures {
  const figures = readingFigures(tally.proseWords, tally.sentences, tally.syllables)
  if (figures.unmeasured === 'no-sentences' && tally.runOn > 0) figures.unmeasured = 'no-full-stops'
  return {...figures, words: tally.words, proseWords: tally.proseWords}
}

/** Whether a prose sentence is short enough for the reading-age formulas (see `longestMeasurableSentence`). */
export function isMeasurable(sentence: {words: number}): boolean {
  return sentence.words <= longestMeasurableSentence
}

export function computeStats(
  blocks: readonly PlacedBlock[],
  acronyms: AcronymAnalysis,
  toPoint: (offset: number) => Point,
  settings: {readingAge: number; sentenceLength: number}
): DocumentStats {
  const total: Tally = {words: 0, proseWords: 0, sentences: 0, syllables: 0, runOn: 0}
  let passiveSentences = 0
  let longSentences = 0
  const sections: Array<Tally & {heading: string | null; depth: number; start: number}> = []
  let current = {heading: null as string | null, depth: 0, start: 0, words: 0, proseWords: 0, sentences: 0, syllables: 0, runOn: 0}

  for (const {analysis, block, start} of blocks) {
    if (block.kind === 'heading') {
      if (current.words > 0 || current.heading !== null) sections.push(current)
      current = {heading: headingText(block.text), depth: block.depth ?? 1, start, words: 0, proseWords: 0, sentences: 0, syllables: 0, runOn: 0}
      continue
    }
    for (const sentence of analysis.sentences) {
      total.words += sentence.words
      current.words += sentence.words
    }
    const passives = analysis.passives
    for (const sentence of analysis.prose) {
      if (sentence.kind !== 'prose') continue
      if (sentence.words > settings.sentenceLength) longSentences++
      if (passives.some((span) => span.start >= sentence.start && span.start < sentence.sentenceEnd)) passiveSentences++
      if (!isMeasurable(sentence)) {
        total.runOn++
        current.runOn++
        continue
      }
      for (const tally of [total, current]) {
        tally.proseWords += sentence.words
        tally.syllables += sentence.syllables
        tally.sentences++
      }
    }
  }
  if (current.words > 0 || current.heading !== null) sections.push(current)

  const acronymRows: AcronymRow[] = []
  for (const info of acronyms.acronyms.values()) {
    const first = info.uses[0]
    if (!first) continue
    const definition = info.documentDefinition ?? info.definitions[0]
    const meanings = info.meanings
    acronymRows.push({
      acronym: info.key,
      expansion: definition?.expansion ?? meanings[0] ?? null,
      meanings,
      definedAt: definition ? toPoint(definition.start) : null,
      firstUse: toPoint(first.start),
      count: info.uses.length,
      exempt: info.exempt
    })
  }
  acronymRows.sort((a, b) => a.acronym.localeCompare(b.acronym))

  return {
    ...textFigures(total),
    targetReadingAge: settings.readingAge,
    passiveSentences,
    passiveShare: total.sentences + total.runOn === 0 ? 0 : Math.round((passiveSentences / (total.sentences + total.runOn)) * 1000) / 1000,
    longSentences,
    sentenceLimit: settings.sentenceLength,
    sections: sections.map((section) => ({
      heading: section.heading,
      depth: section.depth,
      line: toPoint(section.start).line,
      ...textFigures(section)
    })),
    acronyms: acronymRows
  }
}
