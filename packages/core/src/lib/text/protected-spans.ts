/**
 * Spans whose words are not the writer's to change, so a word rule never takes a term inside
 * them: a quotation (a resident's complaint read into the minutes, an agency's letter), a
 * hyphenated compound ("trauma-informed", "self-sufficient": "informed" and "sufficient" are
 * not words of the sentence on their own), and a letter's sign-off with the signer's name and
 * job title. A term that is the whole span ("hard-to-reach", "place-based") is still that
 * term: only a term strictly inside a span is protected.
 *
 * The acronym rules do not use these spans: an acronym in a quotation still needs spelling out.
 */
import {mergeRanges, type Range} from './masks.js'
import {overlappingRange} from './search.js'

/** A literal hyphen joining two words, with no space either side. */
const compound = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐‑][\p{L}\p{N}]+(?:['’][\p{L}]+)*)+/gu

/**
 * Quotation marks that open and close a quotation. A closing single quote must not be followed
 * by a letter, so the apostrophe in "council’s" never closes one; an opening one must follow a
 * space, a bracket or the start of the block.
 */
const quotePairs: ReadonlyArray<[open: RegExp, close: RegExp]> = [
  [/(?<![\p{L}\p{N}])“/gu, /”|"(?![\p{L}\p{N}])/gu],
  [/(?<![\p{L}\p{N}])‘(?=[\p{L}\p{N}“"])/gu, /’(?![\p{L}\p{N}])/gu],
  [/(?<![\p{L}\p{N}])"(?=[\p{L}\p{N}‘'])/gu, /"(?![\p{L}\p{N}])/gu],
  [/(?<![\p{L}\p{N}'’])'(?=[\p{L}])/gu, /(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu]
]

/** A letter's sign-off: what follows it in the block is a name and a job title. */
const signOff = /(?:^|\n)[ \t]*(?:yours (?:sincerely|faithfully|truly)|(?:with )?(?:kind|best|warm) (?:regards|wishes)|regards|many thanks)\b[^\n]*/giu

/** Quotations in a block's text, in quotation marks, each from its opening mark to its closing one. */
export function findQuotations(text: string): Range[] {
  const ranges: Range[] = []
  for (const [open, close] of quotePairs) {
    if (!open.test(text)) continue
    open.lastIndex = 0
    let from = 0
    for (;;) {
      open.lastIndex = from
      const opening = open.exec(text)
      if (!opening) break
      close.lastIndex = opening.index + 1
      const closing = close.exec(text)
      // A quotation of several paragraphs opens each of them and closes only the last: a quote
      // left open runs to the end of the block.
      const end = closing ? closing.index + closing[0].length : text.length
      ranges.push([opening.index, end])
      from = end
    }
  }
  return ranges
}

function compounds(text: string): Range[] {
  if (!/[-‐‑]/u.test(text)) return []
  return [...text.matchAll(compound)].map((match) => [match.index, match.index + match[0].length] as const)
}

/**
 * Whether a block ends on a letter's sign-off line on its own ("Yours sincerely,", "Kind
 * regards"): the short paragraphs after it are the signer's name, job title and organisation.
 */
export function endsWithSignOff(text: string): boolean {
  const lastLine = text.trimEnd().split('\n').at(-1) ?? ''
  signOff.lastIndex = 0
  const match = signOff.exec(`\n${lastLine}`)
  signOff.lastIndex = 0
  return match !== null && lastLine.trim().split(/\s+/).length <= 4
}

function signOffs(text: string): Range[] {
  const ranges: Range[] = []
  for (const match of text.matchAll(signOff)) ranges.push([match.index, text.length])
  return ranges
}

/** The protected spans of a block's text, sorted and disjoint. */
export function findProtectedSpans(text: string): Range[] {
  return mergeRanges([...findQuotations(text), ...compounds(text), ...signOffs(text)])
}

/** Whether `start`–`end` lies inside a protected span without being the whole of it. */
export function isProtected(spans: readonly Range[], start: number, end: number): boolean {
  const span = overlappingRange(spans, start, end)
  if (!span) return false
  return span[0] <= start && end <= span[1] && (span[0] < start || end < span[1])
}
