/**
 * Counts and nouns in messages, the same on every surface (CLI, HTML report, editors, Word):
 * UK number grouping ("1,790") and the right form for one and for many.
 */

/** A whole number the UK way: `1,790`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB', {maximumFractionDigits: 0})
}

/** `1 finding`, `2 findings`, `3 info` (give `many` for nouns that do not take an s). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/** “them” or “it”, and similar pairs: the word for one or for many. */
export function oneOrMany<T>(count: number, one: T, many: T): T {
  return count === 1 ? one : many
}

/** The first words of a text, at most `maxLength` characters, ending with “…” when cut: `We will signpost residents…`. */
export function openingWords(text: string, maxLength = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= maxLength) return clean
  const cut = clean.slice(0, maxLength + 1)
  const space = cut.lastIndexOf(' ')
  const words = (space > maxLength / 2 ? cut.slice(0, space) : clean.slice(0, maxLength)).replace(/[\s,;:–—-]+$/u, '')
  return `${words}…`
}

/**
 * Where the first `count` words of a text end (an offset into it, before any closing
 * punctuation): editors underline a sentence finding's opening words only, so the words inside
 * the sentence keep their own underlines.
 */
export function openingWordsEnd(text: string, count = 3): number {
  const match = new RegExp(`^\\s*(?:[^\\s]+\\s+){0,${Math.max(0, count - 1)}}[^\\s]+`, 'u').exec(text)
  if (!match) return text.length
  const words = match[0]
  const trimmed = words.replace(/[\s,;:.!?…–—)”’"']+$/u, '')
  return trimmed.length > 0 ? trimmed.length : words.length
}
