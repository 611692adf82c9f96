/**
 * Where a finding is in a word-processor document, in terms its writer can use. Word does not
 * number paragraphs, so "paragraph 144" finds nothing: a finding is placed by the heading it
 * sits under, the opening words of its paragraph and its column within the paragraph. The
 * checked text of such a document has one paragraph per line (`checkParagraphs`), so a
 * finding's line is its paragraph's index.
 */
import {openingWords} from './wording.js'

export interface ParagraphPlace {
  /** 1-based index of the paragraph in the checked text (its line). */
  index: number
  /** The heading the paragraph sits under (itself, for a heading); `null` before the first heading. */
  heading: string | null
  /** The paragraph's first words, cut with “…”. */
  opening: string
}

/** What `placeParagraphs` needs of the statistics: each section's heading and its line. */
interface SectionStart {
  heading: string | null
  line: number
}

/**
 * Returns a function that places a line of `text` (a paragraph) under its heading. `sections`
 * are the document's statistics sections, in order.
 */
export function paragraphPlacer(text: string, sections: readonly SectionStart[]): (line: number) => ParagraphPlace {
  const lines = text.split('\n')
  const cache = new Map<number, ParagraphPlace>()
  return (line) => {
    let place = cache.get(line)
    if (!place) {
      let heading: string | null = null
      for (const section of sections) {
        if (section.line > line) break
        heading = section.heading
      }
      place = {index: line, heading, opening: openingWords(lines[line - 1] ?? '')}
      cache.set(line, place)
    }
    return place
  }
}

/** `under “Health”, in “We met the ICB in May.”` — the heading (when there is one) and the paragraph. */
export function describeParagraph(place: Pick<ParagraphPlace, 'heading' | 'opening'>): string {
  const paragraph = `in “${place.opening}”`
  if (place.heading === null) return paragraph
  if (place.opening === openingWords(place.heading)) return `in the heading “${place.opening}”`
  return `under “${openingWords(place.heading)}”, ${paragraph}`
}

/** `under “Health”, in “We met the ICB in May.”, column 12`. */
export function describeParagraphPlace(place: Pick<ParagraphPlace, 'heading' | 'opening'>, column: number): string {
  return `${describeParagraph(place)}, column ${column}`
}
