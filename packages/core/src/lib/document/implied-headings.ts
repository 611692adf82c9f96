/**
 * Headings written without heading markup. Documents converted from Word or PDF, and pages
 * written by hand, often mark a heading only by making a line bold ("**Who can apply**") or by
 * asking a question on a line of its own ("What happens next?") with the answer below. Read as
 * paragraphs they give no sections: `stats` then files hundreds of words under the last real
 * heading, or under none. So, in every format, a paragraph is a heading when it is:
 * - one line, all in bold, short enough to read as a heading and not ending like a sentence
 *   (a full stop, comma or semicolon); or
 * - one line of at most `longestQuestionHeading` words ending in a question mark, with a
 *   paragraph or list after it (the answer).
 * List items, table cells, quotations and the lines of a letter's sign-off never are: a bold list
 * item is a list item, and a bold job title under "Yours sincerely" is a job title.
 * The heading sits one level below the last heading written as one (level 2 when there is none).
 */
import type {Block} from './block.js'
import {readsAsHeading} from './heading-text.js'

/** Most words a question line has to be a heading; longer, it is a question asked in the text. */
const longestQuestionHeading = 12

const endsLikeSentence = /[.,;]["”’)\]]*$/

export function markImpliedHeadings(blocks: Block[]): void {
  let explicitDepth = 1
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      if (!block.implied) explicitDepth = block.depth ?? 1
      return
    }
    // A line of a letter's sign-off (a job title in bold) is not a heading.
    if (block.kind !== 'paragraph' || block.signOff) return
    const text = block.text.trim()
    if (/[\r\n]/.test(text) || !readsAsHeading(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return
    const next = blocks[index + 1]
    const boldLine = block.bold === true && !endsLikeSentence.test(text)
    const questionLine = /\?["”’)\]]*$/.test(text) && text.split(/\s+/).length <= longestQuestionHeading && next !== undefined && (next.kind === 'paragraph' || next.kind === 'list-item')
    if (!boldLine && !questionLine) return
    block.kind = 'heading'
    block.depth = Math.min(6, explicitDepth + 1)
    block.implied = true
  })
}
