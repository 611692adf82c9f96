/**
 * Whether words spell out an acronym, checked tolerantly as writers do it:
 * small words may be skipped or give their initial (Deprivation of Liberty
 * Safeguards → DoLS, Child and Adolescent Mental Health Services → CAMHS),
 * one word may give several letters (Equality Impact Assessment → EqIA),
 * hyphenated parts count as words (two-factor → 2F), numbers match digits
 * (Section 151 → S151, discharge to assess → D2A) and `&` matches "and".
 */

const smallWords = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by', 'or', '&', 'from', 'into', 'as'])
const numberWords: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5',
  // Sound-alikes: discharge to assess (D2A), business to business (B2B), Time for Change (T4C).
  to: '2', for: '4'
}

export interface ExpansionWord {
  /** Lower case. */
  normal: string
  /** Whether a hyphen joins it to the word before ("factor" in "two-factor"). */
  joined: boolean
}

/** Splits an acronym into the pieces words must supply: letters one by one, digit runs whole, `&`. */
function pieces(acronym: string): string[] {
  const result: string[] = []
  for (const match of acronym.toLowerCase().matchAll(/\d+|&|\p{L}/gu)) result.push(match[0])
  return result
}

export function spellsOut(acronym: string, words: readonly ExpansionWord[]): boolean {
  const wanted = pieces(acronym)
  if (wanted.length === 0 || words.length === 0) return false
  const memo = new Map<number, boolean>()

  // Can pieces from `piece` on be supplied by words from `word` on?
  const match = (piece: number, word: number): boolean => {
    if (piece === wanted.length) return words.slice(word).every((w) => smallWords.has(w.normal) || w.joined)
    if (word === words.length) return false
    const key = piece * 1000 + word
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    const current = words[word]!
    let result = false
    const mayContributeNothing = (smallWords.has(current.normal) || current.joined) && word > 0
    if (mayContributeNothing) result = match(piece, word + 1)
    if (!result) {
      const target = wanted[piece]!
      if (/^\d/.test(target) || target === '&') {
        if (current.normal === target || numberWords[current.normal] === target || (target === '&' && current.normal === 'and')) {
          result = match(piece + 1, word + 1)
        }
      } else {
        // Take one or more letters from the start of this word.
        let taken = 0
        while (!result && taken < current.normal.length && piece + taken < wanted.length && wanted[piece + taken] === current.normal[taken]) {
          taken++
          result = match(piece + taken, word + 1)
        }
      }
    }
    memo.set(key, result)
    return result
  }

  return match(0, 0)
}
