/**
 * Whether words spell out an acronym, checked tolerantly as writers do it:
 * small words may be skipped or give their initial (Deprivation of Liberty
 * Safeguards → DoLS, Child and Adolescent Mental Health Services → CAMHS),
 * one word may give several letters (Equality Impact Assessment → EqIA),
 * hyphenated parts count as words (two-factor → 2F), numbers match digits
 * (Section 151 → S151, discharge to assess → D2A) and `&` matches "and".
 * An acronym inside the words may be left out (East London NHS Foundation
 * Trust → ELFT), and so may a year (Mental Health Act 1983 → MHA).
 */

const smallWords = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'at', 'by', 'or', '&', 'from', 'into', 'as'])
const numberWords = new Map<string, string>(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5',
  // Sound-alikes: discharge to assess (D2A), business to business (B2B), Time for Change (T4C).
  to: '2', for: '4'
}))

export interface ExpansionWord {
  /** Lower case. */
  normal: string
  /** Whether a hyphen joins it to the word before ("factor" in "two-factor"). */
  joined: boolean
  /** Whether it is itself an acronym or a number ("NHS", "1983"), which the initials may leave out. */
  optional?: boolean
}

export interface SpellOptions {
  /**
   * Letters after a word's first may come from anywhere later in the word, in
   * order (Health and Wellbeing Board → HWBB), and up to two words after the
   * first may give no letter (no longer meet the criteria to reside → NCTR,
   * Section 106 agreements → S106). Looser, so tried only after the strict reading fails.
   */
  loose?: boolean
}

/** How many words a loose reading may pass over, besides small words. */
const looseSkips = 2

/** Splits an acronym into the pieces words must supply: letters one by one, digit runs whole, `&`. */
function pieces(acronym: string): string[] {
  const result: string[] = []
  for (const match of acronym.toLowerCase().matchAll(/\d+|&|\p{L}/gu)) result.push(match[0])
  return result
}

export function spellsOut(acronym: string, words: readonly ExpansionWord[], options: SpellOptions = {}): boolean {
  const wanted = pieces(acronym)
  if (wanted.length === 0 || words.length === 0) return false
  const memo = new Map<number, boolean>()
  const mayBeSkipped = (word: ExpansionWord) => smallWords.has(word.normal) || word.joined || word.optional === true

  // Can pieces from `piece` on be supplied by words from `word` on, passing over at most `skips` more words?
  const match = (piece: number, word: number, skips = options.loose ? looseSkips : 0): boolean => {
    // Words after the last letter give none: small words, or (loosely) a word or two ("Section 106 agreements (S106)").
    if (piece === wanted.length) return words.slice(word).filter((rest) => !mayBeSkipped(rest)).length <= (word > 0 ? skips : 0)
    if (word === words.length) return false
    const key = (piece * 1000 + word) * 4 + skips
    const cached = memo.get(key)
    if (cached !== undefined) return cached
    const current = words[word]!
    let result = false
    if (mayBeSkipped(current) && word > 0) result = match(piece, word + 1, skips)
    // A loose reading may pass over a word inside the expansion, never its first.
    if (!result && skips > 0 && word > 0) result = match(piece, word + 1, skips - 1)
    if (!result) {
      const target = wanted[piece]!
      if (/^\d/.test(target) || target === '&') {
        if (current.normal === target || numberWords.get(current.normal) === target || (target === '&' && current.normal === 'and')) {
          result = match(piece + 1, word + 1, skips)
        }
      } else if (current.normal[0] === target) {
        result = match(piece + 1, word + 1, skips)
        // More letters from this word: the next ones (EqIA), or, loosely, any later ones in order (HWBB).
        let next = piece + 1
        let position = 1
        while (!result && next < wanted.length && position < current.normal.length) {
          const found = options.loose ? current.normal.indexOf(wanted[next]!, position) : current.normal[position] === wanted[next] ? position : -1
          if (found === -1) break
          next++
          position = found + 1
          result = match(next, word + 1, skips)
        }
      }
    }
    memo.set(key, result)
    return result
  }

  return match(0, 0)
}
