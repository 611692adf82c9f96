/**
 * A document, whatever its format, becomes a list of prose blocks.
 *
 * A block's `text` has exactly the length of the source it covers, with
 * markup (emphasis markers, link targets, tags, blockquote markers, code)
 * blanked to spaces. Offsets in a block therefore map to the source by
 * adding `start`, and every finding's `actual` is the source text itself.
 */
import {endsWithSignOff} from '../text/protected-spans.js'

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'quote' | 'caption'

export interface Block {
  kind: BlockKind
  /** Offset of the block in the source. */
  start: number
  text: string
  /** Heading level (1–6) for headings. */
  depth?: number
  /** Table row number within the document, for table cells. */
  row?: number
  /** Whether this block sits in a Glossary or Abbreviations section. */
  glossary?: boolean
  /** Whether this block is part of a letter's sign-off: a name, job title or organisation after "Yours sincerely". */
  signOff?: boolean
  /** Whether all its text is bold (`**…**`, `<strong>`, a bold paragraph in Word). */
  bold?: boolean
  /** Ranges of the block (block offsets) in bold, when only some of it is: a bold label is not part of its sentence. */
  boldSpans?: Array<[number, number]>
  /** A heading found from how its line is written (bold, a question), not from heading markup: see implied-headings.ts. */
  implied?: boolean
  /** Ranges of the block (block offsets) where the source has markup that `text` blanks: `**`, `[`, `](…)`, tags. */
  markup?: Array<[number, number]>
  /** Ranges of the block (block offsets) that are the text of a link. */
  links?: Array<[number, number]>
}

/** A definition written in markup rather than prose: `<abbr title>` or Markdown `*[ACR]: …`. */
export interface MarkupDefinition {
  acronym: string
  expansion: string
  start: number
  end: number
  /** `abbr` defines at that point; `abbreviation-list` defines for the whole document. */
  scope: 'point' | 'document'
}

/** An inline control comment (`<!-- plainspeak-disable jargon -->`). */
export interface ControlComment {
  action: 'disable' | 'enable' | 'ignore-next'
  ruleIds: string[]
  start: number
  end: number
}

export interface ParsedDocument {
  text: string
  blocks: Block[]
  definitions: MarkupDefinition[]
  controls: ControlComment[]
  /** Settings from Markdown front matter (`plainspeak:` key), unvalidated. */
  settings?: unknown
  /** The line of the text where a key path of `settings` is written (`['rules', 'passive']`), to point a bad setting out. */
  settingsLine?: (keyPath: readonly string[]) => number | undefined
}

/**
 * Copies the characters of a text node into a blanked block buffer.
 *
 * `raw` is the node's source; `value` is what the parser made of it (escapes
 * and character references decoded, container markers such as `> ` removed).
 * Characters of `raw` that also appear in `value` are kept in place; the rest
 * are left blank. A character reference is shown as its decoded character so
 * that words stay whole ("don&rsquo;t" reads as "don’").
 */
export function copyAligned(buffer: string[], at: number, raw: string, value: string): void {
  if (raw === value) {
    for (let index = 0; index < raw.length; index++) buffer[at + index] = raw[index]!
    return
  }
  let i = 0
  let j = 0
  while (i < raw.length) {
    const rawChar = raw[i]!
    if (j < value.length && rawChar === value[j]) {
      buffer[at + i] = rawChar
      i++
      j++
      continue
    }
    if (rawChar === '&') {
      const reference = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(raw.slice(i, i + 40))
      if (reference && j < value.length) {
        buffer[at + i] = value[j]!
        const width = value.codePointAt(j)! > 0xffff ? 2 : 1
        j += width
        i += reference[0].length
        continue
      }
    }
    // Markup present only in the source: leave it blank, keep line breaks.
    if (rawChar === '\n' || rawChar === '\r') buffer[at + i] = rawChar
    i++
  }
}

/** A text node on its way into a block: its source, and what the parser made of it. */
export interface TextPiece {
  start: number
  raw: string
  value: string
  /** Inside bold markup (`**`, `<strong>`, `<b>`). */
  bold?: boolean
}

/** The block being collected while a parser walks its tree. */
export interface PendingBlock {
  kind: BlockKind
  depth?: number
  row?: number
  pieces: TextPiece[]
  /** Source ranges of link text collected so far. */
  links?: Array<[number, number]>
}

/** Turns collected text nodes into a block (or nothing, when they hold only white space). */
export function buildBlock(source: string, pending: PendingBlock): Block | undefined {
  const pieces = pending.pieces.filter((piece) => piece.value.trim() !== '')
  if (pieces.length === 0) return undefined
  const start = pieces[0]!.start
  const last = pieces[pieces.length - 1]!
  // One piece of text the parser left as written (most paragraphs) is the block's text as it is,
  // with no markup. It is copied (V8 flattens the joined string), so that a cached block does not
  // keep the whole document it was sliced from alive.
  let text = pieces.length === 1 && last.raw === last.value ? (' ' + last.raw).slice(1) : ''
  let markup: Array<[number, number]> = []
  if (pieces.length > 1 || last.raw !== last.value) {
    const buffer = blankBuffer(source, start, last.start + last.raw.length)
    for (const piece of pieces) copyAligned(buffer, piece.start - start, piece.raw, piece.value)
    text = buffer.join('')
    markup = blankedRanges(source, start, buffer)
  }
  const block: Block = {kind: pending.kind, start, text}
  if (pieces.every((piece) => piece.bold)) block.bold = true
  else if (pieces.some((piece) => piece.bold)) block.boldSpans = boldSpansOf(pieces, start)
  if (pending.depth !== undefined) block.depth = pending.depth
  if (pending.row !== undefined) block.row = pending.row
  if (markup.length > 0) block.markup = markup
  const end = start + block.text.length
  const links = pending.links?.filter(([from, to]) => from >= start && to <= end && to > from).map(([from, to]): [number, number] => [from - start, to - start])
  if (links && links.length > 0) block.links = links
  return block
}

/** The bold pieces as block ranges, neighbours joined (a bold label in two text nodes is one span). */
function boldSpansOf(pieces: readonly TextPiece[], start: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const piece of pieces) {
    if (!piece.bold) continue
    const from = piece.start - start
    const to = from + piece.raw.length
    const last = spans[spans.length - 1]
    if (last && from - last[1] <= 4) last[1] = to
    else spans.push([from, to])
  }
  return spans
}

/** Where the block buffer blanks something the source has (markup), as block ranges. */
function blankedRanges(source: string, start: number, buffer: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (let index = 0; index < buffer.length; index++) {
    if (buffer[index] !== ' ') continue
    const original = source[start + index]!
    if (original === ' ' || original === '\t' || original === '\u00a0') continue
    // The rest of a character reference ("&rsquo;" shows as "’" and blanks) is text, not markup.
    if (source[start + index - 1] === '&' && buffer[index - 1] !== ' ') {
      const reference = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(source.slice(start + index - 1, start + index + 40))
      if (reference) {
        index += reference[0].length - 2
        continue
      }
    }
    const last = ranges[ranges.length - 1]
    if (last && last[1] === index) last[1] = index + 1
    else ranges.push([index, index + 1])
  }
  return ranges
}

/** Records the source range of the text pieces a link added to a pending block (from piece `from` on). */
export function recordLink(pending: PendingBlock, from: number): void {
  const pieces = pending.pieces.slice(from).filter((piece) => piece.value.trim() !== '')
  if (pieces.length === 0) return
  const last = pieces[pieces.length - 1]!
  ;(pending.links ??= []).push([pieces[0]!.start, last.start + last.raw.length])
}

/** A buffer of the source between `start` and `end` with everything but line breaks blanked. */
export function blankBuffer(source: string, start: number, end: number): string[] {
  const buffer = new Array<string>(end - start)
  for (let index = start; index < end; index++) {
    const char = source[index]!
    buffer[index - start] = char === '\n' || char === '\r' ? char : ' '
  }
  return buffer
}

const controlPattern = /^\s*plainspeak-(disable|enable|ignore-next)\b([^]*)$/

/** Reads an HTML comment's content as a control comment, if it is one. */
export function parseControlComment(content: string, start: number, end: number): ControlComment | undefined {
  const match = controlPattern.exec(content)
  if (!match) return undefined
  const ruleIds = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {action: match[1] as ControlComment['action'], ruleIds, start, end}
}

const glossaryHeading = /\b(glossary|abbreviations?|acronyms|jargon buster|terms used|definitions)\b/i

export function isGlossaryHeading(text: string): boolean {
  return glossaryHeading.test(text)
}

/** How many short paragraphs after "Yours sincerely" a sign-off may run to: name, job title, team, organisation, address. */
const signOffBlocks = 6
/** A line of a sign-off: a few words, with no sentence ending ("Jane Smith", "Head of Commissioning"). */
const signOffLine = (text: string) => {
  const words = text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return words.length > 0 && words.length <= 12 && !/[.!?:;]\s*$/.test(text.trim())
}

/**
 * Marks the paragraphs of a letter's sign-off that follow "Yours sincerely" or "Kind regards" on
 * a line of its own: the signer's name, job title and organisation, each in a short paragraph.
 * Their words are not the writer's prose ("Head of Commissioning" is a job title), so word
 * rules leave them alone.
 */
export function markSignOffs(blocks: Block[]): void {
  for (let index = 0; index < blocks.length; index++) {
    if (!endsWithSignOff(blocks[index]!.text)) continue
    let next = index + 1
    for (; next < blocks.length && next <= index + signOffBlocks; next++) {
      const block = blocks[next]!
      if (block.kind === 'heading' || !block.text.split('\n').every((line) => line.trim() === '' || signOffLine(line))) break
      block.signOff = true
    }
    index = next - 1
  }
}

/**
 * Marks blocks inside Glossary/Abbreviations sections: from such a heading up
 * to the next heading of the same or a higher level.
 */
export function markGlossarySections(blocks: Block[]): void {
  let glossaryDepth: number | undefined
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const depth = block.depth ?? 1
      if (glossaryDepth !== undefined && depth <= glossaryDepth) glossaryDepth = undefined
      if (glossaryDepth === undefined && isGlossaryHeading(block.text)) {
        glossaryDepth = depth
        continue
      }
    }
    if (glossaryDepth !== undefined) block.glossary = true
  }
}
