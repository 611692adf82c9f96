/**
 * How two spellings are compared: case, curly apostrophes and runs of spaces do not make a
 * different term ("Going  forward" and "going forward" are the same entry to a reader).
 */
export function termKey(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Escape text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
