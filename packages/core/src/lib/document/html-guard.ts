/**
 * HTML nested thousands of elements deep: the parse5 tree is converted to hast recursively, and
 * so is our own walk, so such a document would exhaust the stack (and near the end of the stack
 * V8 can abort the process outright). Browsers cap nesting too. One linear scan of the tags
 * estimates the nesting; tags that would open deeper than `maxHtmlDepth` (and their end tags)
 * are blanked to spaces, same length, so offsets hold and the text inside is still checked, as
 * part of the deepest element kept.
 */

export const maxHtmlDepth = 256

/** Elements that never have content. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame'])
/**
 * Elements whose end tag may be left out: opening one closes an open element it names, up to a
 * boundary (a new `li` closes the open `li` of the same list). A simplified version of the HTML
 * parser's rules, enough that sloppy but ordinary HTML is not mistaken for deep nesting.
 */
const implicitEnds = new Map<string, {closes: readonly string[]; boundary: readonly string[]}>(Object.entries({
  li: {closes: ['li'], boundary: ['ul', 'ol', 'menu']},
  dt: {closes: ['dt', 'dd'], boundary: ['dl']},
  dd: {closes: ['dt', 'dd'], boundary: ['dl']},
  tr: {closes: ['tr', 'td', 'th'], boundary: ['table', 'tbody', 'thead', 'tfoot']},
  td: {closes: ['td', 'th'], boundary: ['tr', 'table']},
  th: {closes: ['td', 'th'], boundary: ['tr', 'table']},
  tbody: {closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table']},
  thead: {closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table']},
  tfoot: {closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table']},
  option: {closes: ['option'], boundary: ['select', 'datalist', 'optgroup']},
  optgroup: {closes: ['option', 'optgroup'], boundary: ['select']},
  rb: {closes: ['rb', 'rt', 'rp', 'rtc'], boundary: ['ruby']},
  rt: {closes: ['rb', 'rt', 'rp'], boundary: ['ruby', 'rtc']},
  rp: {closes: ['rb', 'rt', 'rp'], boundary: ['ruby', 'rtc']}
}))
/** Elements that close an open `p` (as the HTML parser does). */
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'
])

/** Closes, in `open`, what opening `name` closes implicitly. */
function closeImplicitly(open: string[], name: string): void {
  if (closesParagraph.has(name)) {
    const paragraph = open.lastIndexOf('p')
    if (paragraph !== -1 && !open.slice(paragraph).some((item) => item === 'table' || item === 'td' || item === 'th' || item === 'button')) open.length = paragraph
  }
  const rule = implicitEnds.get(name)
  if (!rule) return
  for (let index = open.length - 1; index >= 0; index--) {
    const item = open[index]!
    if (rule.boundary.includes(item)) return
    if (rule.closes.includes(item)) {
      open.length = index
      return
    }
  }
}
/** Elements whose content is text up to their end tag. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

/** The text with tags beyond `limit` levels blanked, or the text itself when there are none. */
export function capHtmlNesting(text: string, limit = maxHtmlDepth): string {
  const open: string[] = []
  const suppressed = new Map<string, number>()
  const blanks: Array<[number, number]> = []
  let lower: string | undefined
  let index = text.indexOf('<')
  while (index !== -1 && index < text.length) {
    let next = index + 1
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4)
      next = close === -1 ? text.length : close + 3
    } else if (text[index + 1] === '!' || text[index + 1] === '?') {
      const close = text.indexOf('>', index)
      next = close === -1 ? text.length : close + 1
    } else {
      const closing = text[index + 1] === '/'
      const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(text.slice(index + (closing ? 2 : 1), index + (closing ? 2 : 1) + 64))
      if (nameMatch) {
        const name = nameMatch[0].toLowerCase()
        const tagEnd = endOfTag(text, index + (closing ? 2 : 1) + nameMatch[0].length)
        next = tagEnd
        if (closing) {
          const hidden = suppressed.get(name) ?? 0
          if (hidden > 0) {
            suppressed.set(name, hidden - 1)
            blanks.push([index, tagEnd])
          } else {
            const at = open.lastIndexOf(name)
            if (at !== -1) open.length = at
          }
        } else if (!voidElements.has(name) && text[tagEnd - 2] !== '/') {
          closeImplicitly(open, name)
          if (open.length >= limit) {
            suppressed.set(name, (suppressed.get(name) ?? 0) + 1)
            blanks.push([index, tagEnd])
          } else {
            open.push(name)
          }
          if (rawText.has(name)) {
            lower ??= text.toLowerCase()
            const close = lower.indexOf(`</${name}`, tagEnd)
            next = close === -1 ? text.length : close
          }
        }
      }
    }
    index = text.indexOf('<', next)
  }
  if (blanks.length === 0) return text
  let result = ''
  let from = 0
  for (const [start, end] of blanks) {
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    from = end
  }
  return result + text.slice(from)
}

/** Where a tag ends: after its `>`, skipping quoted attribute values. */
function endOfTag(text: string, from: number): number {
  let quote: string | undefined
  for (let index = from; index < text.length; index++) {
    const char = text[index]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '>') {
      return index + 1
    }
  }
  return text.length
}
