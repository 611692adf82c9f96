/**
 * A fast path for the commonest Markdown chunk: one paragraph of prose with
 * no Markdown syntax in it. Most paragraphs of a report are just that, and
 * micromark spends as long on each (setting up its tokenizers, combining
 * extensions, building events) as the rest of the check does. A chunk that
 * passes the test below parses to exactly one paragraph holding one text node
 * whose value is the chunk's text, which is what micromark makes of it (a test
 * compares the two on every chunk of the evaluation corpus and on random text).
 */
import type {Root} from 'mdast'

/** Characters that can start or end Markdown syntax anywhere in a line (or that the parser rewrites). */
const syntaxAnywhere = /[\\`*_[\]<&|~\t\r\0\ufeff]/
/** What a line of plain prose may start with: not a block marker, indent or list number. */
const proseLineStart = /^[\p{L}"“‘'(£$€]|^\d(?!\d{0,8}[.)])/u
/** A blank line inside (two paragraphs) or white space at a line's end (a hard break, or trimmed). */
const breaksParagraph = /[ \t]\n|\n[ \t]*\n/

/**
 * The tree micromark would make of a chunk that is a single paragraph of
 * plain prose, or `undefined` when the chunk needs the real parser.
 */
export function plainParagraphTree(chunk: string): Root | undefined {
  let from = 0
  while (chunk.charCodeAt(from) === 10) from++
  let to = chunk.length
  while (to > from && chunk.charCodeAt(to - 1) === 10) to--
  if (to === from || /[ \t]/.test(chunk[to - 1]!)) return undefined
  const content = from === 0 && to === chunk.length ? chunk : chunk.slice(from, to)
  if (syntaxAnywhere.test(content) || breaksParagraph.test(content)) return undefined
  let lines = 1
  let lastLineStart = 0
  for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1)) {
    if (!proseLineStart.test(content.slice(index + 1, index + 12))) return undefined
    lines++
    lastLineStart = index + 1
  }
  if (!proseLineStart.test(content.slice(0, 11))) return undefined
  const position = {
    start: {line: from + 1, column: 1, offset: from},
    end: {line: from + lines, column: (lines === 1 ? content.length : content.length - lastLineStart) + 1, offset: to}
  }
  return {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: content, position}], position}]}
}
