/**
 * Turns a file's bytes into something core can check: text in a format, or a Word document's
 * paragraphs. Anything that is not text (binary data, invalid UTF-8, a broken .docx) becomes an
 * `InputError` with a message that says what to do.
 */
import {formatFromPath, type Format, type ParagraphInput} from '@plainspeak/core'
import {InputError} from './errors.js'

export type Input =
  | {kind: 'text'; format: Format; text: string}
  | {kind: 'paragraphs'; paragraphs: ParagraphInput[]}

/** How many leading bytes to look at for NUL bytes (the same test git uses). */
const binarySniffLength = 8000

/** Most parts a .docx may hold, and the highest compression ratio of a large XML part. */
export const docxLimits = {maxEntries: 10_000, maxRatio: 200}
/** The XML of a .docx may unpack to this many times the text limit (Word's markup is verbose). */
export const docxXmlAllowance = 4

/** `maxBytes`: the text limit, which also sets how far a .docx may unpack. */
export async function decodeInput(bytes: Uint8Array, name: string, maxBytes: number): Promise<Input> {
  if (/\.docx$/i.test(name)) {
    // Loaded only for a .docx: a worker checking Markdown or text never holds the Word reader.
    const {docxToParagraphs} = await import('./docx.js')
    return {kind: 'paragraphs', paragraphs: await docxToParagraphs(bytes, {...docxLimits, maxXmlBytes: maxBytes * docxXmlAllowance})}
  }
  return {kind: 'text', format: formatFromPath(name), text: decodeText(bytes)}
}

/** UTF-8 (with or without a byte order mark), or UTF-16 with a byte order mark (Windows "Unicode"). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (bytes.subarray(0, binarySniffLength).includes(0)) {
    throw new InputError('This looks like a binary file, not text. Plainspeak checks .md, .txt, .html and .docx files: save the document as one of those.')
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const {line, column} = placeOfFirstInvalidByte(bytes)
    throw new InputError(`This file is not valid UTF-8 text (the first bad byte is on line ${line}, column ${column}). Save it as UTF-8 and check it again.`)
  }
}

/**
 * The bytes a lead byte may be followed by, as UTF-8 allows them (RFC 3629): after E0 only A0–BF
 * (no overlong forms), after ED only 80–9F (no surrogates, which CESU-8 writes), after F0 only
 * 90–BF, after F4 only 80–8F (nothing past U+10FFFF); every other continuation byte is 80–BF.
 */
const secondByteRange: Record<number, readonly [number, number]> = {0xe0: [0xa0, 0xbf], 0xed: [0x80, 0x9f], 0xf0: [0x90, 0xbf], 0xf4: [0x80, 0x8f]}

/** Where decoding failed (line, and column in characters), so the message can point at it. */
function placeOfFirstInvalidByte(bytes: Uint8Array): {line: number; column: number} {
  let line = 1
  let column = 1
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return {line, column}
    for (let next = 1; next < length; next++) {
      const [low, high] = next === 1 ? (secondByteRange[byte] ?? [0x80, 0xbf]) : [0x80, 0xbf]
      const continuation = bytes[index + next]!
      if (continuation < low || continuation > high) return {line, column}
    }
    if (byte === 0x0a) {
      line++
      column = 1
    } else column++
    index += length
  }
  return {line, column}
}
