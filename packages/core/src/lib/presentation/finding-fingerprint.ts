/**
 * Where a finding is, in words rather than line numbers: its rule, its text and up to three words
 * either side within its paragraph. Baselines match findings by these words, and a finding's
 * fingerprint is a hash of them, so edits in other paragraphs never change either. The hash keeps
 * the words themselves out of a shared record ("Not useful here"): board papers are confidential.
 *
 * Browser-safe: the Word pane works out the same fingerprints as the CLI and the editor.
 */

export interface FindingContext {
  /** Up to three words before the finding. */
  before: string
  /** Up to three words after it. */
  after: string
}

const contextWords = 3
/** Enough characters to find three words either side without scanning a long paragraph. */
const contextWindow = 120

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Up to three words either side of a finding, within its paragraph: edits in other paragraphs
 * never change a finding's context. Paragraphs end at a blank line, or at every line break in a
 * word processor's text (`lineIsParagraph`).
 */
export function findingContext(text: string, start: number, end: number, lineIsParagraph = false): FindingContext {
  const paragraphBreak = lineIsParagraph ? /\n/ : /\n[ \t]*\n/
  const windowStart = Math.max(0, start - contextWindow)
  let before = text.slice(windowStart, start)
  const breaks = [...before.matchAll(new RegExp(paragraphBreak.source, 'g'))]
  const lastBreak = breaks.at(-1)
  const cutBefore = lastBreak !== undefined
  if (lastBreak) before = before.slice(lastBreak.index + lastBreak[0].length)
  let after = text.slice(end, end + contextWindow)
  const firstBreak = paragraphBreak.exec(after)
  if (firstBreak) after = after.slice(0, firstBreak.index)
  const beforeWords = before.split(/\s+/).filter(Boolean)
  const afterWords = after.split(/\s+/).filter(Boolean)
  // The edge word may be cut by the window: drop it unless the window reached a paragraph edge.
  if (!cutBefore && windowStart > 0) beforeWords.shift()
  if (!firstBreak && end + contextWindow < text.length) afterWords.pop()
  return {before: beforeWords.slice(-contextWords).join(' '), after: afterWords.slice(0, contextWords).join(' ')}
}

/**
 * What identifies a finding at its place, spacing normalised: the baseline's key (with the file's
 * path in front) and the fingerprint's input. Letter case is kept, as the baseline always has.
 */
export function findingKey(ruleId: string, actual: string, context: FindingContext): [string, string, string, string] {
  return [ruleId, normalise(actual), normalise(context.before), normalise(context.after)]
}

/**
 * A stable fingerprint: 16 hex digits hashed from `findingKey`. Two identical findings in one
 * paragraph (same words either side) share it, as they share a baseline entry.
 */
export function findingFingerprint(ruleId: string, actual: string, context: FindingContext): string {
  return hash64(JSON.stringify(findingKey(ruleId, actual, context)))
}

/** The fingerprint of a finding in `text` (offsets into it). */
export function fingerprintAt(text: string, finding: {ruleId: string; actual: string; offset: number; endOffset: number}, lineIsParagraph = false): string {
  return findingFingerprint(finding.ruleId, finding.actual, findingContext(text, finding.offset, finding.endOffset, lineIsParagraph))
}

/**
 * Two independent 32-bit multiply-xor hashes side by side (64 bits): no `crypto` module, so it
 * runs the same in Node and in a browser, synchronously. It identifies, it does not protect: the
 * record it goes into is a team's own.
 */
function hash64(text: string): string {
  let a = 0xdeadbeef
  let b = 0x41c6ce57
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    a = Math.imul(a ^ code, 2654435761)
    b = Math.imul(b ^ code, 1597334677)
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909)
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0')
}
