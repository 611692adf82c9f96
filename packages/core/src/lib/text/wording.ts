/** Curly quotes around words quoted in messages. */
export const quote = (value: string) => `“${value}”`

/** “a”, “b” or “c”. */
export function orList(values: readonly string[]): string {
  const quoted = values.map(quote)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}
