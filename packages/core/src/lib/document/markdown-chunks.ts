/**
 * Splits Markdown into chunks that parse the same alone as together, so an
 * edit re-parses only its own chunk. Chunks end at blank lines, except:
 * inside front matter, fenced code, HTML comments and raw-text HTML blocks
 * (`<pre>`, `<script>`, `<style>`, `<textarea>`), and before an indented line
 * (a list item's next paragraph, indented code). Documents with link
 * reference or footnote definitions, which reach across the whole document,
 * are one chunk.
 */
export interface Chunk {
  start: number
  text: string
}

const definitionLine = /^ {0,3}\[[^\]\n]+\]:/m
const fence = /^ {0,3}(`{3,}|~{3,})/
const rawOpen = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i

export function markdownChunks(text: string): Chunk[] {
  if (text.includes(']:') && definitionLine.test(text)) return [{start: 0, text}]
  const chunks: Chunk[] = []
  let chunkStart = 0
  let offset = 0
  let openFence: string | undefined
  let openComment = false
  let openRaw: string | undefined
  let blankBefore = false

  // Front matter can hold blank lines: keep it whole.
  if (/^---\r?\n/.test(text)) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3))
    if (close) offset = 3 + close.index + close[0].length
  }

  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const lineEnd = newline === -1 ? text.length : newline + 1
    const line = text.slice(offset, lineEnd)
    const blank = line.trim() === ''

    if (blankBefore && !blank && !openFence && !openComment && !openRaw && !/^[ \t]/.test(line) && offset > chunkStart) {
      chunks.push({start: chunkStart, text: text.slice(chunkStart, offset)})
      chunkStart = offset
    }

    if (openFence) {
      if (line.trimStart().startsWith(openFence)) openFence = undefined
    } else if (openComment) {
      if (line.includes('-->')) openComment = false
    } else if (openRaw) {
      if (line.toLowerCase().includes(`</${openRaw}`)) openRaw = undefined
    } else {
      const fenceMatch = fence.exec(line)
      const rawMatch = rawOpen.exec(line)
      if (fenceMatch) openFence = fenceMatch[1]![0]!.repeat(fenceMatch[1]!.length)
      else if (line.includes('<!--') && line.lastIndexOf('-->') < line.lastIndexOf('<!--')) openComment = true
      else if (rawMatch && !line.toLowerCase().includes(`</${rawMatch[1]!.toLowerCase()}`)) openRaw = rawMatch[1]!.toLowerCase()
    }

    blankBefore = blank
    offset = lineEnd
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({start: chunkStart, text: text.slice(chunkStart)})
  return chunks
}
