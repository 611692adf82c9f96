/**
 * Quoting text from a file in a message. A message may be shown anywhere (a CI log, an editor),
 * and the file may not be what it claims: a config can name any file as a dictionary. So a
 * message never quotes more than a short excerpt, with control characters and line breaks
 * escaped, so it cannot carry a file's contents or forge lines of output.
 */

/** Longest excerpt quoted, in characters. */
export const maxExcerptLength = 40

/** `text` cut to `max` characters (adding `…`), with control and invisible characters escaped. */
export function excerpt(text: string, max = maxExcerptLength): string {
  const chars = [...text]
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : text
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/gu, (char) => {
    const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
