import type {Block} from './block.js'

/** Longest block handed to the sentence parser in one piece, in characters. */
export const maxBlockLength = 10_000

const sentenceEnd = /[.!?]["”’)\]]*\s+/g

/**
 * Cuts very long blocks (a pasted PDF with no paragraph breaks, a 5 MB line)
 * into pieces of at most `maxBlockLength` characters, at a sentence end where
 * there is one, else at a space. The retext parser is linear only up to about
 * 100,000 words per call, and everything downstream works per block, so this
 * keeps a whole check linear in the size of the text.
 */
export function splitLongBlocks(blocks: Block[]): Block[] {
  if (!blocks.some((block) => block.text.length > maxBlockLength)) return blocks
  const result: Block[] = []
  for (const block of blocks) {
    if (block.text.length <= maxBlockLength) {
      result.push(block)
      continue
    }
    let from = 0
    while (from < block.text.length) {
      let to = Math.min(from + maxBlockLength, block.text.length)
      if (to < block.text.length) to = cutPoint(block.text, from, to)
      const piece = block.text.slice(from, to)
      if (piece.trim()) result.push({...block, start: block.start + from, text: piece})
      from = to
    }
  }
  return result
}

function cutPoint(text: string, from: number, to: number): number {
  const window = text.slice(from, to)
  let cut = -1
  sentenceEnd.lastIndex = 0
  for (const match of window.matchAll(sentenceEnd)) {
    if (match.index > window.length / 2) cut = match.index + match[0].length
  }
  if (cut === -1) {
    const space = window.lastIndexOf(' ')
    cut = space > window.length / 2 ? space + 1 : window.length
  }
  // Never cut a surrogate pair in two.
  let point = from + cut
  const code = text.charCodeAt(point - 1)
  if (code >= 0xd800 && code <= 0xdbff) point--
  return point
}
