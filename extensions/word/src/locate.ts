/**
 * Where a finding sits in Word, worked out from the text that was checked.
 *
 * Word has no offsets: a range is reached by searching inside a paragraph.
 * A finding is found again as the n-th match of its text in its paragraph,
 * counting matches the way Word's search does (left to right, no overlaps).
 * Everything here is pure so that it can be tested without Word.
 */

/** A finding's place in the document, as it was when the document was checked. */
export interface FindingTarget {
  /** Index in `body.paragraphs`. */
  paragraph: number
  /** The whole paragraph's text when it was checked: edits are refused unless it is unchanged. */
  paragraphText: string
  /** UTF-16 offsets inside the paragraph. */
  start: number
  end: number
  /** The finding's text: `paragraphText.slice(start, end)`. */
  actual: string
}

/** One search to run in the paragraph, and which of its matches is ours. */
export interface SearchPiece {
  /** The text as it appears in the document. */
  text: string
  /** Word's search syntax for it (`^` escaped). */
  query: string
  /** 0-based index of our match among all matches. */
  occurrence: number
  /** How many matches the checked paragraph has: Word must find the same number. */
  count: number
}

/**
 * How to find a target: one search, or for text longer than Word's search
 * limit (255 characters) a search for its head and one for its tail, joined
 * with `expandTo`.
 */
export interface SearchPlan {
  pieces: [SearchPiece] | [SearchPiece, SearchPiece]
}

/** Word rejects search text longer than this. */
export const maxSearchLength = 255
/** Longest and shortest head and tail pieces tried for long spans. */
const pieceLengths = {longest: 120, shortest: 20}

/** Characters Word's search cannot match literally (line and paragraph breaks, tabs need codes). */
const unsearchable = /[\r\n\v\f\t\u0000-\u0008\u000e-\u001f]/

/** Word's search treats `^` as the start of a special code (`^p`); `^^` is a literal caret. */
export function escapeSearchText(text: string): string {
  return text.replaceAll('^', '^^')
}

/** Start offsets of the non-overlapping matches of `needle`, left to right, as Word's search finds them. */
export function matchOffsets(haystack: string, needle: string): number[] {
  const offsets: number[] = []
  if (!needle) return offsets
  let from = 0
  for (;;) {
    const index = haystack.indexOf(needle, from)
    if (index === -1) return offsets
    offsets.push(index)
    from = index + needle.length
  }
}

function piece(paragraphText: string, text: string, start: number): SearchPiece | undefined {
  const offsets = matchOffsets(paragraphText, text)
  const occurrence = offsets.indexOf(start)
  if (occurrence === -1) return undefined
  return {text, query: escapeSearchText(text), occurrence, count: offsets.length}
}

/**
 * The searches that find a target again, or `undefined` when it cannot be found
 * safely (text Word cannot search for, or a match that overlaps another).
 */
export function planSearch(target: FindingTarget): SearchPlan | undefined {
  const {paragraphText, start, end, actual} = target
  if (!actual.trim() || paragraphText.slice(start, end) !== actual) return undefined
  if (unsearchable.test(actual)) return undefined
  if (escapeSearchText(actual).length <= maxSearchLength) {
    const only = piece(paragraphText, actual, start)
    return only ? {pieces: [only]} : undefined
  }
  const head = firstFound((length) => piece(paragraphText, actual.slice(0, length), start))
  const tail = firstFound((length) => piece(paragraphText, actual.slice(-length), end - length))
  return head && tail ? {pieces: [head, tail]} : undefined
}

/**
 * A piece of the first length that Word's left-to-right search lands on
 * exactly (in repetitive text a piece can straddle two matches of itself).
 */
function firstFound(pieceAt: (length: number) => SearchPiece | undefined): SearchPiece | undefined {
  for (let length = pieceLengths.longest; length >= pieceLengths.shortest; length--) {
    const found = pieceAt(length)
    if (found && found.query.length <= maxSearchLength) return found
  }
  return undefined
}

/**
 * A finding from `checkParagraphs`: line N is paragraph N, column - 1 the
 * offset inside it. Returns `undefined` when the finding spans paragraphs or
 * its text is not where the message says (which would be an engine bug: the
 * add-in then lists the finding but never edits for it).
 */
export function targetFromPlace(
  paragraphTexts: readonly string[],
  place: {start: {line: number; column: number}; end: {line: number; column: number}},
  actual: string
): FindingTarget | undefined {
  const paragraph = place.start.line - 1
  if (place.end.line !== place.start.line) return undefined
  const paragraphText = paragraphTexts[paragraph]
  if (paragraphText === undefined) return undefined
  const start = place.start.column - 1
  const end = place.end.column - 1
  if (paragraphText.slice(start, end) !== actual) return undefined
  return {paragraph, paragraphText, start, end, actual}
}
