/**
 * An entry's sense, from the sentence around a match. `unless` phrases mean a word is fine there
 * ("risk register" for risk, "email address" for address, "acute trust" for acute); `only`
 * phrases are the sense its alternatives fit, and without one of them the word is not flagged.
 * Shared by the dictionary rules and the reviewed simpler-word list.
 */
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import {phraseKeys} from '../text/tokens.js'
import {containsPhrase} from './matcher.js'

/** Each phrase list as matching keys, worked out once per list. */
const keysCache = new WeakMap<readonly string[], string[][]>()

/** Whether one of the phrases appears in the sentence around `offset`. */
function sentenceHas(analysis: BlockAnalysis, offset: number, list: readonly string[]): boolean {
  let phrases = keysCache.get(list)
  if (!phrases) {
    phrases = list.map(phraseKeys)
    keysCache.set(list, phrases)
  }
  const sentence = analysis.sentenceAt(offset)
  const tokens = analysis.tokens
  const from = sentence ? sentence.firstToken : 0
  const to = sentence ? sentence.lastToken + 1 : tokens.length
  return phrases.some((keys) => containsPhrase(tokens, keys, from, to))
}

/** Whether one of the `unless` phrases appears in the sentence around `offset`. */
export function excusedByContext(analysis: BlockAnalysis, offset: number, unless: readonly string[]): boolean {
  return unless.length > 0 && sentenceHas(analysis, offset, unless)
}

/**
 * Whether the sentence around `offset` reads in the sense an entry means: no `unless` phrase
 * is in it, and, where the entry lists `only` phrases, one of them is ("stool" is flagged next
 * to "sample", never as a footstool).
 */
export function inEntrySense(analysis: BlockAnalysis, offset: number, entry: {unless: readonly string[]; only?: readonly string[] | undefined}): boolean {
  if (excusedByContext(analysis, offset, entry.unless)) return false
  return entry.only === undefined || entry.only.length === 0 || sentenceHas(analysis, offset, entry.only)
}
