/**
 * Whether a paragraph a word processor marks as a heading reads as one. Forms and templates
 * put heading styles on things that are not headings: a field to fill in ("NAME: ……"), a
 * whole instruction, a tab-separated row. Taken as headings they would cut the per-section
 * statistics at the wrong places and name sections with 160 characters of form, so they are
 * read as ordinary paragraphs.
 */
import {formField} from '../analysis/prose.js'

/** Longest heading, in words and characters: longer is a paragraph in a heading style. */
const maxHeadingWords = 16
const maxHeadingLength = 100

export function readsAsHeading(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean === '' || clean.length > maxHeadingLength || !/\p{L}/u.test(clean)) return false
  if (clean.split(' ').length > maxHeadingWords) return false
  // Fields to fill in, and several tab-separated fields on one line.
  return !formField.test(clean) && !/\t[^\t]*\t/.test(text)
}
