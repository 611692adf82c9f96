/**
 * The draft's title, for the top of the sheet: the name residents know the document by. Read
 * from core's sections, so that every format finds the same headings (a list item is never one).
 * The first top-level heading (H1) is the title. A draft with none (plain text, a Word file
 * without heading styles, a page whose title is outside its body) has a title when its first
 * heading opens it and no heading is above its level: the line a reader sees first. A few
 * words with no sentence before it ("Date published: 3 December 2024", a reference) do not
 * count: pages saved from a website often start so. A heading after opening prose, or under a higher one,
 * names a section, not the document ("What happens next"), and the file's name is the better title.
 */
import type {SectionStats} from '@plainspeak/core'

type Section = Pick<SectionStats, 'heading' | 'depth' | 'sentences' | 'words'>

/** Most words of the lines before a title that can stand there: a date line or two, a reference. */
const longestPreamble = 12

export function documentTitle(sections: readonly Section[], fileName: string): string {
  const headings = sections.filter((section): section is Section & {heading: string} => section.heading !== null && section.heading !== '')
  const topLevel = headings.find((section) => section.depth === 1)
  if (topLevel) return topLevel.heading
  const [first, ...rest] = headings
  const [opening] = sections
  const opens = first !== undefined && (opening === first || (opening?.heading === null && opening.sentences === 0 && opening.words <= longestPreamble && sections[1] === first))
  if (first && opens && rest.every((section) => section.depth >= first.depth)) return first.heading
  return fileName
}
