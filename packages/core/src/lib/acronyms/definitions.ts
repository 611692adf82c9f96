import {firstIndex} from '../text/search.js'
import type {Token} from '../text/tokens.js'
import {spellsOut, type ExpansionWord} from './initials.js'
import type {AcronymUse} from './shape.js'

/** An acronym spelled out in the text. Offsets are those of the acronym inside the definition. */
export interface AcronymDefinition {
  key: string
  expansion: string
  start: number
  end: number
  /** `document` for glossaries and abbreviation lists, which define for the whole document. */
  kind: 'point' | 'document'
  /** Whether the acronym was written as a plural where it was defined ("care boards (ICBs)"). */
  plural?: boolean
  /** Where the spelled-out words stand, for definitions in prose. */
  expansionStart?: number
  expansionEnd?: number
}

/** What may stand between the words of an expansion: spaces, hyphens, commas, quotes, blanked markup. */
const expansionGap = /^[\s\u00a0,\-‐‑'"“”‘’]*$/u
const leadingArticles = new Set(['the', 'a', 'an'])

const toWords = (tokens: readonly Token[]): ExpansionWord[] =>
  tokens.map((token, index) => ({normal: token.normal, joined: index > 0 && token.gapBefore === 'hyphen'}))

const spanText = (text: string, tokens: readonly Token[]) =>
  text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ')

/**
 * Definitions written in prose: "Joint Strategic Needs Assessment (JSNA)",
 * "integrated care boards (ICBs)" and "JSNA (Joint Strategic Needs Assessment)".
 */
export function findInlineDefinitions(text: string, tokens: readonly Token[], uses: readonly AcronymUse[]): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  const tokenIndexByStart = new Map<number, number>()
  tokens.forEach((token, index) => tokenIndexByStart.set(token.start, index))

  for (const use of uses) {
    const before = text.slice(Math.max(0, use.start - 4), use.start)
    const after = text.slice(use.end, use.end + 4)
    const first = tokenIndexByStart.get(use.start)

    // Expansion (ACR)
    if (/\(\s*["“‘']?$/u.test(before) && /^["”’']?\s*\)/u.test(after) && first !== undefined) {
      const words = wordsBefore(text, tokens, first, use.start)
      for (let count = 1; count <= Math.min(words.length, 3 * use.key.length + 3); count++) {
        const candidate = words.slice(words.length - count)
        if (spellsOut(use.key, toWords(candidate))) {
          definitions.push({key: use.key, expansion: spanText(text, candidate), start: use.start, end: use.end, kind: 'point', plural: use.plural, expansionStart: candidate[0]!.start, expansionEnd: candidate.at(-1)!.end})
          break
        }
      }
      continue
    }

    // ACR (Expansion)
    const opening = /^\s*\(/u.exec(text.slice(use.end, use.end + 10))
    if (opening) {
      const contentStart = use.end + opening[0].length
      const close = text.slice(contentStart, contentStart + 300).indexOf(')') + contentStart
      if (close < contentStart) continue
      let content = tokensBetween(tokens, contentStart, close)
      if (content.length > 0 && leadingArticles.has(content[0]!.normal)) content = content.slice(1)
      if (content.length > 0 && spellsOut(use.key, toWords(content))) {
        definitions.push({key: use.key, expansion: spanText(text, content), start: use.start, end: use.end, kind: 'point', plural: use.plural, expansionStart: content[0]!.start, expansionEnd: content.at(-1)!.end})
      }
    }
  }
  return definitions
}

/** Tokens wholly inside `start`–`end`, found by binary search. */
function tokensBetween(tokens: readonly Token[], start: number, end: number): Token[] {
  const found: Token[] = []
  for (let index = firstIndex(tokens, (token) => token.start < start); index < tokens.length && tokens[index]!.end <= end; index++) found.push(tokens[index]!)
  return found
}

/** The words before an opening bracket that could spell out what is inside it, nearest last. */
function wordsBefore(text: string, tokens: readonly Token[], acronymIndex: number, acronymStart: number): Token[] {
  const bracket = text.lastIndexOf('(', acronymStart)
  const words: Token[] = []
  let boundary = bracket
  for (let index = acronymIndex - 1; index >= 0 && words.length < 40; index--) {
    const token = tokens[index]!
    if (token.end > bracket) continue
    if (!expansionGap.test(text.slice(token.end, boundary))) break
    words.unshift(token)
    boundary = token.start
  }
  return words
}

const glossaryLine = /^[\s*_]*([\p{Lu}\d][\p{L}\d&]*[\p{L}\d])[\s*_]*(?:[-–—:=]|\t|\s{2,}|\s(?=\p{L}))\s*(\S.*)$/u

/**
 * A line of a glossary: "JSNA – Joint Strategic Needs Assessment",
 * "**JSNA**: Joint Strategic Needs Assessment".
 */
export function parseGlossaryLine(line: string): {acronym: string; expansion: string; offset: number} | undefined {
  const match = glossaryLine.exec(line)
  if (!match) return undefined
  return {acronym: match[1]!, expansion: match[2]!.trim().replace(/\s+/g, ' '), offset: line.indexOf(match[1]!)}
}
