import {markBlockRoles} from './block-roles.js'
import type {Block, ParsedDocument} from './block.js'
import {readsAsHeading} from './heading-text.js'

/** A paragraph from a word processor: its text and, for headings, the level. */
export interface ParagraphInput {
  text: string
  /** Heading level 1–6, for headings. */
  heading?: number
  /** Table row number, for paragraphs in table cells (rows group glossary tables). */
  row?: number
  /** All its text is bold: a short bold line standing alone is a heading (see implied-headings.ts). */
  bold?: boolean
  /** A list item (bulleted or numbered): never a heading, however it is written. */
  listItem?: boolean
}

/**
 * Documents that arrive already split into paragraphs (Word, .docx): the
 * checked text is the paragraphs joined by line breaks, so line N is paragraph N.
 * A paragraph in a heading style that does not read as a heading (a form field,
 * a long instruction) is an ordinary paragraph.
 */
export function parseParagraphs(paragraphs: readonly ParagraphInput[]): ParsedDocument {
  const blocks: Block[] = []
  let offset = 0
  const texts: string[] = []
  for (const paragraph of paragraphs) {
    // A paragraph's own line breaks (Word's soft returns) would shift line
    // numbers: each becomes a space, one for one, so columns still match.
    const line = paragraph.text.replace(/[\r\n\v]/g, ' ')
    texts.push(line)
    if (line.trim()) {
      const heading = paragraph.heading && !paragraph.listItem && readsAsHeading(paragraph.text) ? paragraph.heading : undefined
      const block: Block = {kind: heading ? 'heading' : paragraph.row ? 'table-cell' : paragraph.listItem ? 'list-item' : 'paragraph', start: offset, text: line}
      if (heading) block.depth = heading
      if (paragraph.bold && !heading) block.bold = true
      if (paragraph.row) block.row = paragraph.row
      blocks.push(block)
    }
    offset += line.length + 1
  }
  markBlockRoles(blocks)
  return {text: texts.join('\n'), blocks, definitions: [], controls: []}
}
