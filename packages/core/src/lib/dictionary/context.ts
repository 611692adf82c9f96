/**
 * `unless` contexts: phrases that, in the same sentence, mean a word is fine there ("risk
 * register" for risk, "email address" for address, "acute trust" for acute). Shared by the
 * dictionary rules and the reviewed simpler-word list.
 */
import type {BlockAnalysis} from '../block-analysis.js'
import {phraseKeys} from '../text/tokens.js'
import {containsPhrase} from './matcher.js'

/** Each `unless` list as matching keys, worked out once per list. */
const keysCache = new WeakMap<readonly string[], string[][]>()

/** Whether one of the `unless` phrases appears in the sentence around `offset`. */
export function excusedByContext(analysis: BlockAnalysis, offset: number, unless: readonly string[]): boolean {
  if (unless.length === 0) return false
  let phrases = keysCache.get(unless)
  if (!phrases) {
    phrases = unless.map(phraseKeys)
    keysCache.set(unless, phrases)
  }
  const sentence = analysis.sentenceAt(offset)
  const tokens = analysis.tokens
  const from = sentence ? sentence.firstToken : 0
  const to = sentence ? sentence.lastToken + 1 : tokens.length
  return phrases.some((keys) => containsPhrase(tokens, keys, from, to))
}
