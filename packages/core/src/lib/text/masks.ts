/**
 * Spans that look like words but are not prose: web addresses, e-mail
 * addresses, UK postcodes, NHS numbers, number plates, ticket ids and a
 * letter's reference lines. No rule reports inside them.
 */
export const maskPatterns: Array<[quick: RegExp, pattern: RegExp]> = [
  // Web addresses, with or without a scheme; bounded so a long line stays linear.
  [/:\/\/|www\./iu, /\b(?:[a-z][a-z\d+.-]{1,20}:\/\/|www\.)[^\s<>"'()[\]]{1,2000}/giu],
  [/@/, /[\w.+-]{1,200}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10}/gu],
  // UK postcodes: E1 6AN, SW1A 1AA.
  [/[A-Z]\d/, /\b[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}\b/gu],
  // NHS numbers: 943 476 5919.
  [/\d{3}/, /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/gu],
  // A letter's reference lines: "Our ref: PCN TS48812207", "Your reference: JS/ak".
  [/ref/iu, /\b(?:our|your|my)\s+ref(?:erence)?(?:\s+(?:no\.?|number))?\s*:[^\n]{0,80}/giu],
  // UK number plates: LK19 ABC.
  [/[A-Z]{2}\d{2}/, /\b[A-Z]{2}\d{2}[ \u00a0]?[A-Z]{3}\b/gu],
  // Ticket and reference ids: ABC-123, PS-2024-01, FAB/2026/118734, EMH-DIS-014.
  [/[-/]\d/, /\b[A-Z][A-Z\d]{0,15}(?:[-/][A-Z][A-Z\d]{0,15}){0,3}[-/]\d[\w/-]{0,30}/gu],
  // Dotted names: file.docx, example.gov.uk.
  [/\.(?:uk|com|org|net|gov|nhs|docx?|pdf|xlsx?|md|html?|txt)\b/iu, /\b[\w-]{1,100}(?:\.[a-z\d-]{1,30}){0,10}\.(?:uk|com|org|net|gov|nhs|docx?|pdf|xlsx?|md|html?|txt)\b/giu]
]
// Each pattern comes with a quick test for something every match must hold
// (`://`, `@`, a capital before a digit, …): most paragraphs fail them all,
// and the full patterns are slow to run over text that cannot match.

import {overlappingRange} from './search.js'

export type Range = readonly [number, number]

export function findMasks(text: string): Range[] {
  const ranges: Range[] = []
  for (const [quick, pattern] of maskPatterns) {
    if (!quick.test(text)) continue
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length])
  }
  return mergeRanges(ranges)
}

/** Sorted, non-overlapping ranges, so a lookup can use binary search. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

/** Whether `start`–`end` overlaps a masked range (ranges from `findMasks`: sorted and disjoint). */
export function isMasked(masks: readonly Range[], start: number, end: number): boolean {
  return overlappingRange(masks, start, end) !== undefined
}
