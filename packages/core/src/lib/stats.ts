import type {AcronymAnalysis} from './acronyms/analyse.js'
import type {PlacedBlock} from './acronyms/analyse.js'
import type {Point} from './text/location.js'

export interface ReadingFigures {
  words: number
  sentences: number
  syllables: number
  /** Flesch reading ease, 0–100 (higher is easier); `null` without words. */
  fleschReadingEase: number | null
  /** Flesch–Kincaid US grade level. */
  fleschKincaidGrade: number | null
  /** UK reading age: Flesch–Kincaid grade + 5. */
  readingAge: number | null
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

const round = (value: number) => Math.round(value * 10) / 10

/** Flesch reading ease and Flesch–Kincaid grade, the same formulas as GNU style and most word processors. */
export function readingFigures(words: number, sentences: number, syllables: number): ReadingFigures {
  if (words === 0 || sentences === 0) {
    return {words, sentences, syllables, fleschReadingEase: null, fleschKincaidGrade: null, readingAge: null}
  }
  const wordsPerSentence = words / sentences
  const syllablesPerWord = syllables / words
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
  return {
    words,
    sentences,
    syllables,
    fleschReadingEase: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    fleschKincaidGrade: round(grade),
    readingAge: round(Math.max(grade, 0) + 5)
  }
}

interface Tally {
  words: number
  proseWords: number
  sentences: number
  syllables: number
}

const textFigures = (tally: Tally): TextFigures => ({
  ...readingFigures(tally.proseWords, tally.sentences, tally.syllables),
  words: tally.words,
  proseWords: tally.proseWords
})

export function computeStats(
  blocks: readonly PlacedBlock[],
  acronyms: AcronymAnalysis,
  toPoint: (offset: number) => Point,
  settings: {readingAge: number; sentenceLength: number}
): DocumentStats {
  const total: Tally = {words: 0, proseWords: 0, sentences: 0, syllables: 0}
  let passiveSentences = 0
  let longSentences = 0
  const sections: Array<Tally & {heading: string | null; depth: number; start: number}> = []
  let current = {heading: null as string | null, depth: 0, start: 0, words: 0, proseWords: 0, sentences: 0, syllables: 0}

  for (const {analysis, block, start} of blocks) {
    if (block.kind === 'heading') {
      if (current.words > 0 || current.heading !== null) sections.push(current)
      current = {heading: block.text.trim().replace(/\s+/g, ' '), depth: block.depth ?? 1, start, words: 0, proseWords: 0, sentences: 0, syllables: 0}
      continue
    }
    for (const sentence of analysis.sentences) {
      total.words += sentence.words
      current.words += sentence.words
    }
    const passives = analysis.passives
    for (const sentence of analysis.prose) {
      if (sentence.kind !== 'prose') continue
      for (const tally of [total, current]) {
        tally.proseWords += sentence.words
        tally.syllables += sentence.syllables
        tally.sentences++
      }
      if (sentence.words > settings.sentenceLength) longSentences++
      if (passives.some((span) => span.start >= sentence.start && span.start < sentence.sentenceEnd)) passiveSentences++
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
    passiveShare: total.sentences === 0 ? 0 : Math.round((passiveSentences / total.sentences) * 1000) / 1000,
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
