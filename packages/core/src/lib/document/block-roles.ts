/**
 * What the blocks of a parsed document are, beyond their markup, in every format: a letter's
 * sign-off first (a job title in bold under "Yours sincerely" is not a heading), then headings
 * written without heading markup, then glossary sections (which start at headings).
 */
import {markGlossarySections, markSignOffs, type Block} from './block.js'
import {markImpliedHeadings} from './implied-headings.js'

export function markBlockRoles(blocks: Block[]): void {
  markSignOffs(blocks)
  markImpliedHeadings(blocks)
  markGlossarySections(blocks)
}
