/**
 * Word tokens for dictionary and acronym matching.
 *
 * Tokens are runs of letters and digits (with inner apostrophes, as in
 * "council’s"), plus a lone `&`. Hyphens split tokens, so "hard-to-reach"
 * and "hard to reach" give the same tokens; the gap before each token says
 * whether a phrase may continue across it.
 *
 * Invisible characters inside a word (zero-width spaces and joiners, word
 * joiners, soft hyphens) are part of the token but not of its matching key:
 * "stake\u200Bholders" matches "stakeholders", and the finding still covers
 * exactly the characters written.
 */

export type Gap = 'space' | 'hyphen' | 'break'

export interface Token {
  /** The token as written. */
  value: string
  /** Lower case with curly apostrophes made straight: the matching key. */
  normal: string
  start: number
  end: number
  /** What separates this token from the one before it. */
  gapBefore: Gap
}

/** Zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen. */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu
const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:[\u00ad\u200b-\u200d\u2060\ufeff]+[\p{L}\p{N}\p{M}]+)*(?:['’][\p{L}\p{M}]+(?:[\u00ad\u200b-\u200d\u2060\ufeff]+[\p{L}\p{M}]+)*)*|&/gu
const spaceOnly = /^[\s\u00a0\u200b]*$/u
/** Words joined by a hyphen ("hard-to-reach"), or by a slash or dot with no space ("and/or", "e.g"). */
const hyphenGap = /^(?:[\s\u00a0]*[-‐‑][\s\u00a0]*|[./])$/u

/** Anything `normalizeWord` rewrites besides case: most words hold none, and a test is cheaper than two replacements. */
const rewritten = /[’\u00ad\u200b-\u200d\u2060\ufeff]/u

export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  return rewritten.test(lower) ? lower.replace(/’/g, "'").replace(invisible, '') : lower
}

function gapKind(gapText: string): Gap {
  return spaceOnly.test(gapText) ? 'space' : hyphenGap.test(gapText) ? 'hyphen' : 'break'
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  tokenPattern.lastIndex = from
  let previousEnd = from
  let match: RegExpExecArray | null
  while ((match = tokenPattern.exec(text)) && match.index < to) {
    const start = match.index
    const end = start + match[0].length
    // Most gaps are one space: no need to slice and test them.
    const gapBefore: Gap =
      tokens.length === 0
        ? 'break'
        : start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32
          ? 'space'
          : gapKind(text.slice(previousEnd, start))
    tokens.push({value: match[0], normal: normalizeWord(match[0]), start, end, gapBefore})
    previousEnd = end
  }
  return tokens
}

/** Tokens of a dictionary phrase, as matching keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.normal)
}
