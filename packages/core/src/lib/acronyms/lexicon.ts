import type {AcronymEntry, CodeEntry} from '@plainspeak/dictionary'
import {mergeRanges, type Range} from '../text/masks.js'

/**
 * What the acronym finder knows beyond an acronym's shape: the dictionary's
 * acronyms, and the codes and names written like acronyms that nobody spells
 * out (`FP10`, an organisation code such as `RQX`, `MS Teams`).
 */
export interface AcronymLexicon {
  /** Whether the dictionary has an entry for this acronym (a listed code never counts). */
  known(key: string): boolean
  /** The dictionary's meanings of an acronym. */
  meaningsOf(key: string): readonly string[]
  /** Where listed codes and names stand in a text: no acronym is found inside them. */
  codeSpans(text: string): Range[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function createLexicon(acronyms: ReadonlyMap<string, AcronymEntry>, codes: readonly CodeEntry[] = []): AcronymLexicon {
  const listed = new Set(codes.map((entry) => entry.code))
  // Longest first, so "MS Teams" wins over a shorter code at the same place.
  const alternatives = [...listed].sort((a, b) => b.length - a.length).map((code) => escapeRegExp(code).replace(/ /g, '[\\s\\u00a0]+'))
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined
  return {
    known: (key) => acronyms.has(key) && !listed.has(key),
    meaningsOf: (key) => acronyms.get(key)?.expansions ?? [],
    codeSpans(text) {
      if (!pattern) return []
      const spans: Range[] = []
      for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
      return mergeRanges(spans)
    }
  }
}
