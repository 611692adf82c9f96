import {markGlossarySections, type Block, type ParsedDocument} from './block.js'

/** A one-line paragraph of a few words with no closing punctuation reads as a heading. */
const headingLike = /^(?:\S+[ \t]+){0,7}\S*[^\s.?!:;,]$/u

/**
 * Plain text: paragraphs are separated by blank lines; a short line standing
 * alone ("Summary", "Glossary") is taken as a heading, so per-section reading
 * ages and glossaries work in .txt files too.
 */
export function parsePlainText(text: string): ParsedDocument {
  const blocks: Block[] = []
  const separator = /(?:\r?\n|\r)[\t \u00a0]*(?:\r?\n|\r)\s*/g
  let start = 0
  const push = (from: number, to: number) => {
    const slice = text.slice(from, to)
    const leading = slice.length - slice.trimStart().length
    const trimmed = slice.trim()
    if (!trimmed) return
    const block: Block = {kind: 'paragraph', start: from + leading, text: trimmed}
    if (!/[\r\n]/.test(trimmed) && headingLike.test(trimmed) && /\p{L}/u.test(trimmed)) {
      block.kind = 'heading'
      block.depth = 2
    }
    blocks.push(block)
  }
  for (const match of text.matchAll(separator)) {
    push(start, match.index)
    start = match.index + match[0].length
  }
  push(start, text.length)
  markGlossarySections(blocks)
  return {text, blocks, definitions: [], controls: []}
}
