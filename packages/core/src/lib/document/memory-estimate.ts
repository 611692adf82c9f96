/**
 * How much memory checking a text will take, estimated from one scan of its lines before any
 * parsing, so that a text which cannot fit in the memory allowed is refused in milliseconds
 * rather than after seconds of parsing and a gigabyte of memory. The figures are measured on the
 * shapes that cost most per byte and rounded up: a heading is a block, a section with its own
 * reading figures and a node tree (about 12 KB); a link reference definition joins the whole
 * document into one parse (about 4 KB); any other block line (a list item, a quote, a table row)
 * about 2 KB; and each character of prose about 30 bytes (the low end: an estimate too high
 * would refuse a file that fits). The shapes above reached a gigabyte at 4.5 MB.
 */
import type {Format} from '../rules/options.js'

const bytesPerCharacter = 30
const bytesPerHeading = 12_000
const bytesPerDefinition = 4000
const bytesPerBlockLine = 2000

export interface MemoryEstimate {
  bytes: number
  /** The shape that costs most, for the message: "330,000 headings". */
  largest: {count: number; what: 'headings' | 'link definitions' | 'list items, quotes and table rows'} | undefined
}

/** Bytes checking `text` in `format` is expected to need, at most. Linear, and allocates nothing per line. */
export function estimateCheckMemory(text: string, format: Format): MemoryEstimate {
  let headings = 0
  let definitions = 0
  let blockLines = 0
  if (format === 'markdown') {
    for (let start = 0; start < text.length; ) {
      let index = start
      while (index < start + 3 && text.charCodeAt(index) === 32) index++
      const char = text[index]
      if (char === '#') headings++
      else if (char === '[' && isDefinitionLine(text, index)) definitions++
      else if (char === '-' || char === '*' || char === '+' || char === '>' || char === '|') blockLines++
      else if (char === '=' && start > 0) headings++
      const newline = text.indexOf('\n', index)
      start = newline === -1 ? text.length : newline + 1
    }
  }
  const parts = [
    {count: headings, bytes: headings * bytesPerHeading, what: 'headings' as const},
    {count: definitions, bytes: definitions * bytesPerDefinition, what: 'link definitions' as const},
    {count: blockLines, bytes: blockLines * bytesPerBlockLine, what: 'list items, quotes and table rows' as const}
  ]
  const largest = parts.reduce((most, part) => (part.bytes > most.bytes ? part : most))
  return {
    bytes: text.length * bytesPerCharacter + parts.reduce((total, part) => total + part.bytes, 0),
    largest: largest.count > 0 ? {count: largest.count, what: largest.what} : undefined
  }
}

/** `[label]: destination` at `index` (the label on one line, at most 999 characters). */
function isDefinitionLine(text: string, index: number): boolean {
  const close = text.indexOf(']', index + 1)
  if (close === -1 || close - index > 1000) return false
  const newline = text.indexOf('\n', index)
  return (newline === -1 || close < newline) && text[close + 1] === ':'
}
