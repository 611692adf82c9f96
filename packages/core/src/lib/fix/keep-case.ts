/**
 * A replacement takes the capitals of the words it replaces: "Utilise" → "Use" at the start of a
 * sentence, "UTILISE" → "USE" in a line of capitals. It never lowers a capital the replacement
 * has: "NHS England" stays as it is after a lower-case word.
 */
const firstLetter = /\p{L}/u

export function keepCase(replacement: string, original: string, options: {capitals?: boolean} = {}): string {
  if (replacement === '') return replacement
  const letters = original.replace(/\P{L}/gu, '')
  // A word in capitals (four letters or more: "THE" may be an acronym) stays in capitals.
  if (options.capitals !== false && letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase()
  const originalFirst = firstLetter.exec(original)?.[0]
  const match = firstLetter.exec(replacement)
  if (!originalFirst || !match || originalFirst === originalFirst.toLowerCase()) return replacement
  return replacement.slice(0, match.index) + match[0].toUpperCase() + replacement.slice(match.index + match[0].length)
}
