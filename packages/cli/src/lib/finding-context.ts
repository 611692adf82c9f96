/**
 * The words around a finding, which baselines match it by (never its line number, so edits
 * elsewhere in the document do not break the match). Worked out on the worker that checked the
 * file, and only when the run reads or writes a baseline.
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
