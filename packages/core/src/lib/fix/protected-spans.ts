/**
 * Parts of a document a bulk fix never changes, found in the text as written: code, web addresses
 * (and e-mail addresses, file names, references), front matter, and quotations, which are
 * someone's own words. The engine already leaves most of these alone; this is the fix's own
 * guard, so an edit made from a stale or foreign finding cannot land there either.
 */
import type {Format} from '../rules/options.js'
import {findMasks, mergeRanges, type Range} from '../text/masks.js'
import {overlappingRange} from '../text/search.js'

export type ProtectedKind = 'code' | 'web address' | 'front matter' | 'quotation'

type Finder = (text: string) => Iterable<Range>

const matches = (pattern: RegExp): Finder =>
  function* (text) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) yield [match.index, match.index + match[0].length]
  }

/** Not across a blank line: a quotation or code span that runs on past its paragraph is a stray mark. */
const withinParagraph = (finder: Finder): Finder =>
  function* (text) {
    for (const range of finder(text)) if (!/\n[ \t]*\r?\n/.test(text.slice(range[0], range[1]))) yield range
  }

const htmlCode = matches(/<(code|pre|kbd|samp|tt|var|script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi)
const htmlTags = matches(/<\/?[a-zA-Z][^<>]*>/g)
const htmlQuotations = matches(/<(q|blockquote|cite)\b[^>]*>[\s\S]*?<\/\1\s*>/gi)

const markdownFrontMatter = matches(/^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/g)
const markdownFences = matches(/^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]{0,3}\1[`~]*[ \t]*(?=\r?\n|$)|$(?![\s\S]))/gm)
const markdownInlineCode = withinParagraph(matches(/(?<!`)(`+)(?!`)[\s\S]+?(?<!`)\1(?!`)/g))
const markdownLinks = matches(/\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)|^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*|<[a-z][\w+.-]*:[^<>\s]*>/gim)
const markdownQuoteLines = matches(/^[ \t]{0,3}>[^\n]*/gm)

const quotationMarks = withinParagraph(
  matches(/“[^“”]{1,2000}?”|"[^"]{1,2000}?"|‘(?:[^‘’]|’(?=\p{L})){1,2000}?’(?!\p{L})|(?<![\p{L}\d])'(?=\S)(?:[^'\n]|'(?=\p{L})){1,2000}?(?<=\S)'(?![\p{L}\d])/gu)
)
const webAddresses: Finder = (text) => findMasks(text)

const finders: Record<Format, Array<[ProtectedKind, Finder]>> = {
  text: [['web address', webAddresses], ['quotation', quotationMarks]],
  markdown: [
    ['front matter', markdownFrontMatter],
    ['code', markdownFences],
    ['code', markdownInlineCode],
    ['code', htmlCode],
    ['code', htmlTags],
    ['web address', markdownLinks],
    ['web address', webAddresses],
    ['quotation', markdownQuoteLines],
    ['quotation', htmlQuotations],
    ['quotation', quotationMarks]
  ],
  html: [['code', htmlCode], ['code', htmlTags], ['web address', webAddresses], ['quotation', htmlQuotations], ['quotation', quotationMarks]]
}

export interface ProtectedSpans {
  /** The kind of protected part that `start`–`end` overlaps, if any. */
  at(start: number, end: number): ProtectedKind | undefined
}

/** Every protected part of a text, found once; each lookup is a binary search. */
export function protectedSpans(text: string, format: Format): ProtectedSpans {
  const byKind = new Map<ProtectedKind, Range[]>()
  for (const [kind, find] of finders[format]) {
    const ranges = byKind.get(kind) ?? []
    ranges.push(...find(text))
    byKind.set(kind, ranges)
  }
  const merged = [...byKind].map(([kind, ranges]) => [kind, mergeRanges(ranges)] as const)
  return {
    at(start, end) {
      for (const [kind, ranges] of merged) if (overlappingRange(ranges, start, Math.max(end, start + 1))) return kind
      return undefined
    }
  }
}
