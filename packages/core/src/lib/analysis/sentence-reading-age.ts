/**
 * One sentence's estimated UK reading age, from retext-readability's seven
 * measures: Automated Readability, Coleman–Liau, Dale–Chall, Flesch, Gunning
 * fog, SMOG and Spache, each turned into an age exactly as retext-readability
 * turns it (same packages, same word counts, same rounding).
 *
 * The estimate is the median of the seven ages. retext-readability calls a
 * sentence hard for age A when at least four of the seven measures put it
 * above A, which is the same as the median being above A: so "the median is
 * above A" and "retext-readability flags it for age A" always agree (a test
 * holds this), and the median is the age the plugin's own verdict turns on.
 */
import type {Sentence} from 'nlcst'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllables} from './prose.js'
import {nodeText} from '../text/node-text.js'

const familiarWords = new Set(spache)
const easyWords = new Set(daleChall)

/** US grade to the age a pupil starts it. */
const gradeToAge = (grade: number) => Math.round(grade + 5)
const fleschToAge = (score: number) => 20 - Math.floor(score / 10)
const smogToAge = (score: number) => Math.ceil(Math.sqrt(score) + 2.5)

export interface SentenceReadingAge {
  /** The median of the seven measures' ages (a whole number of years). */
  age: number
  /** Each measure's age, in the order above; `Infinity` for Dale–Chall's open top band. */
  measures: number[]
  /** Words as retext-readability counts them (every word node). */
  words: number
}

/** What the measures need of a word, whatever its case: whether it is on each list of easy words. */
interface CaselessFacts {
  familiar: boolean
  easy: boolean
  /** The last sentence that counted it, so that each sentence counts a word once. */
  seenIn: number
}

/** What the measures need of a word as written. */
interface WordFacts {
  syllables: number
  /** Whether it starts with a lower-case letter (Gunning fog's test for a proper noun). */
  lowerFirst: boolean
  caseless: CaselessFacts
}

/**
 * Facts about each word, remembered across sentences and checks: a long
 * document holds a few thousand distinct words, each written many times.
 */
const wordFacts = new Map<string, WordFacts>()
const caselessFacts = new Map<string, CaselessFacts>()
let sentenceNumber = 0

function factsOf(value: string): WordFacts {
  let facts = wordFacts.get(value)
  if (!facts) {
    const caseless = value.toLowerCase()
    let shared = caselessFacts.get(caseless)
    if (!shared) {
      shared = {familiar: familiarWords.has(caseless), easy: easyWords.has(caseless), seenIn: 0}
      caselessFacts.set(caseless, shared)
    }
    facts = {syllables: syllables(value), lowerFirst: value.charCodeAt(0) === caseless.charCodeAt(0), caseless: shared}
    wordFacts.set(value, facts)
  }
  return facts
}

/** The seven measures' ages for a sentence, and their median. */
export function sentenceReadingAge(sentence: Sentence): SentenceReadingAge {
  // Forget between sentences only, so a sentence never counts a word twice.
  if (wordFacts.size > 50_000) {
    wordFacts.clear()
    caselessFacts.clear()
  }
  const sentenceId = ++sentenceNumber
  let familiar = 0
  let easy = 0
  let complexPolysillabicWord = 0
  let polysillabicWord = 0
  let totalSyllables = 0
  let letters = 0
  let words = 0
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const value = nodeText(child)
    const facts = factsOf(value)
    const count = facts.syllables
    words++
    totalSyllables += count
    letters += value.length
    if (count >= 3) {
      polysillabicWord++
      // Gunning fog leaves out proper nouns, judged by a capital first letter.
      if (facts.lowerFirst) complexPolysillabicWord++
    }
    const caseless = facts.caseless
    if (caseless.seenIn !== sentenceId) {
      caseless.seenIn = sentenceId
      if (caseless.familiar) familiar++
      if (caseless.easy) easy++
    }
  }
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: words - easy,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: words - familiar,
    word: words
  }
  const measures = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]!),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts))
  ]
  // A measure that cannot be worked out (NaN) never counts as above an age, as in retext-readability.
  const sorted = measures.map((age) => (Number.isNaN(age) ? -Infinity : age)).sort((a, b) => a - b)
  return {age: sorted[3]!, measures, words}
}
