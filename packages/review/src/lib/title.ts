/**
 * The draft's title, for the top of the sheet: the name residents know the document by. Read
 * from core's sections, so that every format finds the same headings (a list item is never one).
 * The first top-level heading (H1) is the title. A draft with none has a title when its first
 * heading opens it, with nothing before, and no other heading is at its level or above: a bold
 * first line over bold-less section headings, or an H2 over H3s. Otherwise the first heading
 * names a section, not the document ("Background"), and the file's name is the better title.
 */
import type {SectionStats} from '@plainspeak/core'

type Section = Pick<SectionStats, 'heading' | 'depth'>

export function documentTitle(sections: readonly Section[], fileName: string): string {
  const headings = sections.filter((section): section is Section & {heading: string} => section.heading !== null && section.heading !== '')
  const topLevel = headings.find((section) => section.depth === 1)
  if (topLevel) return topLevel.heading
  const [first, ...rest] = headings
  const opens = first !== undefined && sections[0] === first
  if (first && opens && rest.every((section) => section.depth > first.depth)) return first.heading
  return fileName
}
