import {markBlockRoles} from './block-roles.js'
import type {Block, ParsedDocument} from './block.js'

/** A one-line paragraph of a few words with no closing punctuation reads as a heading. */
const headingLike = /^(?:\S+[ \t]+){0,7}\S*[^\s.?!:;,]$/u
/** A line that starts with a list marker ("- ", "• ", "1. ", "(a) ") is a list item, never a heading. */
const listMarker = /^(?:[-*+•·▪‣◦●■–—]|\d{1,3}[.)]|[a-z][.)]|\([a-z\d]{1,3}\))\s/iu

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
    const block: Block = {kind: listMarker.test(trimmed) ? 'list-item' : 'paragraph', start: from + leading, text: trimmed}
    if (block.kind === 'paragraph' && !/[\r\n]/.test(trimmed) && headingLike.test(trimmed) && /\p{L}/u.test(trimmed)) {
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
  markBlockRoles(blocks)
  return {text, blocks, definitions: [], controls: []}
}
