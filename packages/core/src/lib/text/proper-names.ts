/**
 * Names are not jargon. "Clinical Commissioning Group", "Care Quality Commission", "Better Care
 * Fund" and "Adult Social Care Outcomes Framework" are the names of things: a writer cannot swap
 * a word inside them, so the word rules leave a term alone when it sits in a title-case run of
 * words. A heading written in title case ("Commissioning Intentions For 2026") says nothing about
 * names, so there the term is still flagged; a heading in sentence case is read like prose.
 */
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import type {Token} from './tokens.js'

/** Small words that may sit inside a name between capitalised words: "Department for Work and Pensions". */
const connectives = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', '&'])

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.value)
const allCapitals = (token: Token) => /^[\p{Lu}\d&]+$/u.test(token.value) && /\p{Lu}.*\p{Lu}/u.test(token.value)
const joined = (next: Token) => next.gapBefore !== 'break'

/** Whether every longer word is capitalised, as in "Working With Our Partners". */
function isTitleCase(tokens: readonly Token[]): boolean {
  return tokens.filter((token) => /^\p{L}{4,}/u.test(token.value)).every(capitalised)
}

/** Whether the capitalised word at `index` is placed as a name: "the Metrics documentation", "(HELAA) Methodology". */
function namesByPlace(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  if (!previous) return false
  const gap = text.slice(previous.end, tokens[index]!.start)
  if (gap === ') ') return allCapitals(previous) && text[previous.start - 1] === '('
  return gap === ' ' && previous.normal === 'the' && next !== undefined && next.gapBefore === 'space' && /^\p{Ll}{3,}$/u.test(next.value)
}

/** The index of the sentence's first word: a leading number ("3.1", "(a)") does not count. */
function firstWordOfSentence(tokens: readonly Token[], from: number, to: number): number {
  let index = from
  while (index < to && !/^\p{L}/u.test(tokens[index]!.value)) index++
  return index
}

/**
 * Whether tokens `first`–`last` of the block are part of a proper name: each is capitalised
 * (small connecting words aside) and the run of capitalised words around them has another
 * capitalised word that is not just the capital at the start of a sentence: one right after the
 * term, or one before it, possibly across small words ("Department for Education"). A term that opens a
 * sentence is never taken for a name ("Ensure Tower Hamlets residents…" is advice, not a title).
 */
export function insideProperName(analysis: BlockAnalysis, first: number, last: number): boolean {
  const tokens = analysis.tokens
  // A heading in title case says nothing about names; one in sentence case does ("Care Quality
  // Commission inspection of maternity services").
  if (analysis.block.kind === 'heading' && isTitleCase(tokens)) return false
  const matched = tokens.slice(first, last + 1)
  if (!capitalised(matched[0]!) || !capitalised(matched.at(-1)!)) return false
  if (matched.some((token) => !capitalised(token) && !connectives.has(token.normal))) return false

  const sentence = analysis.sentenceAt(tokens[first]!.start)
  const sentenceFirst = sentence ? firstWordOfSentence(tokens, sentence.firstToken, sentence.lastToken + 1) : 0
  if (first === sentenceFirst && !allCapitals(tokens[first]!)) return false
  // A term of two or more words, each capitalised mid-sentence, is a name on its own: "the One Stop Shop".
  if (last > first && matched.every((token) => capitalised(token) || connectives.has(token.normal))) return true
  // So is one word capitalised mid-sentence between "the" and a lower-case noun, the name of a
  // document or a team ("see the Metrics documentation"), or after an acronym in brackets that
  // names what comes before it ("Land Availability Assessment (HELAA) Methodology"). A capital
  // on its own ("we will review Commissioning") still says nothing.
  if (first === last && /^\p{Lu}\p{Ll}+$/u.test(tokens[first]!.value) && namesByPlace(analysis.text, tokens, first)) return true
  const lower = sentence ? sentence.firstToken : 0
  const upper = sentence ? sentence.lastToken : tokens.length - 1
  const counts = (index: number) => index !== sentenceFirst || allCapitals(tokens[index]!)

  let evidence = false
  // Leftwards: capitalised words, and a connective only with a capitalised word before it.
  for (let index = first - 1; index >= lower && joined(tokens[index + 1]!); index--) {
    const token = tokens[index]!
    if (capitalised(token)) {
      if (counts(index)) evidence = true
      continue
    }
    if (connectives.has(token.normal) && index - 1 >= lower && joined(token) && capitalised(tokens[index - 1]!)) continue
    break
  }
  // Rightwards: capitalised words only. "Director of Commissioning" is a name, but "SATs in May"
  // and "Commissioning in Tower Hamlets" are a word followed by a date or a place.
  for (let index = last + 1; index <= upper && joined(tokens[index]!) && capitalised(tokens[index]!); index++) evidence = true
  return evidence
}
