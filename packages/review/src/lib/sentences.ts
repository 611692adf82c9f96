/**
 * The sentence around a finding, as plain text a resident can read: Markdown marks, HTML tags
 * and entities taken out, spaces tidied. Offsets are core's (into the text it checked).
 */
/** The format of the text a draft was checked as (a .docx is checked as its paragraphs). */
export type FormatName = 'text' | 'markdown' | 'html' | 'docx'

/** Where a paragraph (or a heading, list item or table cell) starts or ends. */
const blockBreak: Record<'text' | 'html', RegExp> = {
  text: /\n[ \t]*\n|\n(?=[ \t]*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\|))/g,
  html: /\n[ \t]*\n|<\/?(?:p|li|h[1-6]|td|th|tr|div|section|article|header|footer|main|blockquote|ul|ol|table|br|dd|dt)\b[^>]*>/gi
}

/** A full stop, question or exclamation mark that ends a sentence (not "e.g." or "3.5"). */
const sentenceEnd = /(?<!\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|vs|approx))[.!?]+["'’”)\]]*(?=\s+|$)/g

function blockAround(text: string, start: number, end: number, format: FormatName): [number, number] {
  const breaks = format === 'html' ? blockBreak.html : blockBreak.text
  let from = 0
  let to = text.length
  breaks.lastIndex = 0
  for (const match of text.matchAll(breaks)) {
    const matchEnd = match.index + match[0].length
    if (matchEnd <= start) from = matchEnd
    else if (match.index >= end) {
      to = match.index
      break
    }
  }
  return [from, to]
}

/** The start and end of the sentence holding `start`–`end` in `text`. */
export function sentenceAround(text: string, start: number, end: number, format: FormatName): [number, number] {
  const [blockStart, blockEnd] = blockAround(text, start, end, format)
  const block = text.slice(blockStart, blockEnd)
  let from = 0
  let to = block.length
  for (const match of block.matchAll(sentenceEnd)) {
    const matchEnd = match.index + match[0].length
    if (matchEnd <= start - blockStart) from = matchEnd
    else if (match.index >= end - blockStart - 1) {
      to = matchEnd
      break
    }
  }
  return [blockStart + from, blockStart + to]
}

/** The named entities a draft is likely to use; a lookup with no inherited keys (`&constructor;` is no entity). */
const namedEntities = new Map(Object.entries({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', pound: '£', hellip: '…'}))

/** A numeric reference's character; as browsers read it, one that names no character (0, a surrogate, past U+10FFFF) is U+FFFD. */
function characterOf(digits: string, radix: 16 | 10): string {
  const code = Number.parseInt(digits, radix)
  if (!Number.isSafeInteger(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(code)
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return characterOf(name.slice(2), 16)
    if (name.startsWith('#')) return characterOf(name.slice(1), 10)
    return namedEntities.get(name.toLowerCase()) ?? whole
  })
}

/** Plain text of a piece of the draft: what a reader of the finished document sees. */
export function plainText(piece: string, format: FormatName): string {
  let text = piece
  if (format === 'html') {
    text = decodeEntities(text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''))
  } else if (format === 'markdown') {
    text = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+|>[ \t]?)/gm, '')
      .replace(/(\*\*|__|\*|_|`)/g, '')
      .replace(/<[^>]*>/g, '')
  }
  return text.replace(/\s+/g, ' ')
}

export interface SentenceParts {
  before: string
  shown: string
  after: string
}

/** Private-use characters that mark the words asked about while the sentence is cleaned. */
const open = '\uE000'
const close = '\uE001'

/** The sentence holding `start`–`end`, split around those words, as plain text. */
export function sentenceParts(text: string, start: number, end: number, format: FormatName): SentenceParts {
  const [from, to] = sentenceAround(text, start, end, format)
  // Cleaned as one piece, so that a link or emphasis around the words comes out whole.
  const marked = `${text.slice(from, start)}${open}${text.slice(start, end)}${close}${text.slice(end, to)}`
  const plain = plainText(marked, format).trim()
  const openAt = plain.indexOf(open)
  const closeAt = plain.indexOf(close)
  if (openAt === -1 || closeAt < openAt) return {before: '', shown: plainText(text.slice(start, end), format), after: ''}
  return {
    // A paragraph number ("1.1 This paper…") is the document's furniture, not the sentence.
    before: plain.slice(0, openAt).replace(/^\d+(?:\.\d+)+\s+/, ''),
    shown: plain.slice(openAt + 1, closeAt),
    after: plain.slice(closeAt + 1)
  }
}
