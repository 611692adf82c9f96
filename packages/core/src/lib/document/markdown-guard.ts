/**
 * Markdown shapes that micromark parses in quadratic time or worse, found by one linear scan
 * before parsing. micromark scans back over earlier tokens at every `]` that could end a link
 * and at every `*`, `_` or `~` that could end emphasis, scans forward from every backtick run
 * for a closing run of the same length, from every `](` for the end of a link destination and
 * from every `<!--`, `<?` or `<tag` for the end of its inline HTML,
 * and re-reads every open container on every line. Each emphasis, link or footnote call it
 * resolves is spliced into the paragraph's list of events, moving every event after it, so a
 * paragraph of a million characters with one such construct every few words is quadratic too;
 * and every inline HTML tag becomes several nodes, each far dearer than the words around it.
 * Ordinary writing costs a few steps per
 * character; shapes such as `[`×50,000 … `](x)`×50,000, `x]`×40,000, 2,000 nested lists or
 * 2,000 backtick runs of different lengths cost billions.
 *
 * The scan estimates that work for each group of lines between blank lines (outside fenced code
 * and front matter) and reports the groups over budget. They are then read as plain text: every
 * word is still checked at its exact place, only the Markdown structure of that group is lost.
 * Deep nesting is refused for the same reason, and also because the tree walks that follow
 * would recurse once per level.
 */

import type {LruCache} from '../lru-cache.js'

/** Deepest container nesting (block quotes and list items) parsed as Markdown. */
export const maxContainerDepth = 32
/** Deepest inline nesting (links in images, emphasis in emphasis) parsed as Markdown. */
export const maxInlineDepth = 64
/** Longest table (rows) and widest table row (cells) parsed as Markdown. */
export const maxTableRows = 5000
export const maxTableCells = 256
/** Estimated parser steps a group may cost: a fixed allowance plus so many per character. */
const baseBudget = 50_000
const budgetPerCharacter = 64
/** Relative cost of one step of each kind (about 6 ns each for brackets and link destinations). */
const emphasisWeight = 5
const codeWeight = 5
/**
 * Steps one inline HTML tag costs: tokens, nodes with positions, and a piece of text cut on each
 * side. A tag every eight characters (`<span>We</span> `×300,000) passes the budget; a tag in
 * every sentence (`<abbr title="…">JSNA</abbr>`, `<br>`) is far within it.
 */
const htmlTagWeight = 1000

export interface HostileGroup {
  start: number
  end: number
  /** Which limit the group passed, for tests and debugging. */
  reason: 'containers' | 'inline nesting' | 'brackets' | 'emphasis' | 'code spans' | 'link destinations' | 'inline HTML' | 'inline constructs' | 'table'
}

const fence = /^[ \t]*(`{3,}|~{3,})/
const tableDelimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const isSpace = (char: string | undefined) => char === undefined || char === ' ' || char === '\t' || char === '\n' || char === '\r'
const punctuation = /[\p{P}\p{S}]/u
const isPunctuation = (char: string | undefined) => char !== undefined && punctuation.test(char)

/** The verdict on each group of lines already scanned, by the group's text (`null`: within budget). */
export type GuardVerdicts = LruCache<string, HostileGroup['reason'] | null>

/**
 * Groups of lines whose Markdown would take too long to parse, in order. With `verdicts`, a group
 * scanned in an earlier check is not scanned again: its verdict depends only on its own text.
 */
export function findHostileMarkdown(text: string, verdicts?: GuardVerdicts): HostileGroup[] {
  const groups: Array<{start: number; end: number}> = []
  let offset = 0
  // Front matter is YAML, read separately.
  if (/^---\r?\n/.test(text)) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(3))
    if (close) offset = 3 + close.index + close[0].length
  }
  let groupStart = -1
  let groupEnd = -1
  let openFence: string | undefined
  const finish = () => {
    if (groupStart !== -1) groups.push({start: groupStart, end: groupEnd})
    groupStart = -1
  }
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const lineEnd = newline === -1 ? text.length : newline + 1
    const line = text.slice(offset, Math.min(lineEnd, offset + 200))
    if (openFence) {
      if (line.trimStart().startsWith(openFence)) openFence = undefined
    } else {
      const fenceMatch = fence.exec(line)
      if (fenceMatch) {
        finish()
        openFence = fenceMatch[1]![0]!.repeat(fenceMatch[1]!.length)
      } else if (isBlankLine(text, offset, lineEnd)) {
        finish()
      } else {
        if (groupStart === -1) groupStart = offset
        groupEnd = lineEnd
      }
    }
    offset = lineEnd
  }
  finish()
  // As with parsed chunks: a document with more groups than `verdicts` holds would push out each
  // verdict before its next check reached it, so its verdicts are not kept.
  const known = verdicts && groups.length <= verdicts.limit ? verdicts : undefined
  const found: HostileGroup[] = []
  for (const {start, end} of groups) {
    const reason = known ? (known.get(text.slice(start, end), () => groupProblem(text, start, end) ?? null) ?? undefined) : groupProblem(text, start, end)
    if (reason) found.push({start, end, reason})
  }
  return found
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSpace(text[index])) return false
  return true
}

/** Which limit a group of lines passes, if any. Linear in the group's length. */
function groupProblem(text: string, start: number, end: number): HostileGroup['reason'] | undefined {
  const budget = baseBudget + budgetPerCharacter * (end - start)
  // Line by line: container depth and tables; where each block starts (a paragraph's events end
  // there); and where HTML blocks begin, whose tags are not inline HTML.
  let rows = 0
  let isTable = false
  const blockStarts: number[] = []
  let htmlBlockFrom = end
  for (let lineStart = start; lineStart < end; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline >= end ? end : newline + 1
    const depth = containerDepth(text, lineStart, lineEnd)
    if (depth > maxContainerDepth) return 'containers'
    let pipes = 0
    for (let index = lineStart; index < lineEnd; index++) if (text.charCodeAt(index) === 124) pipes++
    if (pipes > 0) {
      rows++
      if (pipes > maxTableCells) return 'table'
      if (!isTable && tableDelimiterRow.test(text.slice(lineStart, lineEnd).replace(/\r?\n$/, ''))) isTable = true
    }
    if (lineStart > start && (depth > 0 || pipes > 0 || blockLineStart.test(text.slice(lineStart, lineStart + 8)))) blockStarts.push(lineStart)
    if (htmlBlockFrom === end && startsHtmlBlock(text.slice(lineStart, Math.min(lineEnd, lineStart + 1000)))) htmlBlockFrom = lineStart
    lineStart = lineEnd
  }
  if (isTable && rows > maxTableRows) return 'table'
  blockStarts.push(end)

  let bracketCost = 0
  let emphasisCost = 0
  let codeCost = 0
  let destinationCost = 0
  const brackets: number[] = []
  // Emphasis openers still open, innermost last; and for each delimiter, where its own are in that list.
  const openers: Array<{char: string; at: number; id: number}> = []
  const openersByChar = new Map<string, Array<{index: number; id: number}>>()
  let openerId = 0
  // Backtick runs still looking for a closing run of their length: where each started, by length.
  const pendingTicks = new Map<number, number[]>()
  /** Where a run of backticks starts whose first backtick is escaped (`\``). */
  let escapedTick = -1
  // Link destinations still open: how many, and the sum of their starts (cost = count × end − sum).
  let destinations = 0
  let destinationStarts = 0
  let angleDestinations = 0
  let angleStarts = 0
  // Inline HTML still looking for its end, by kind: how many, and the sum of their starts.
  const html = {comment: {count: 0, starts: 0}, instruction: {count: 0, starts: 0}, cdata: {count: 0, starts: 0}, tag: {count: 0, starts: 0}}
  let htmlCost = 0
  let inlineTags = 0
  // Emphasis, links and footnote calls resolved in the current block: each moves every event
  // after it to the block's end (cost = count × end − sum of places).
  let nextBlock = 0
  let resolved = 0
  let resolvedPlaces = 0
  let spliceCost = 0
  const endBlock = (at: number) => {
    spliceCost += resolved * at - resolvedPlaces
    resolved = 0
    resolvedPlaces = 0
  }
  const resolve = (at: number) => {
    resolved++
    resolvedPlaces += at
  }
  const closeHtml = (kind: keyof typeof html, at: number) => {
    const open = html[kind]
    htmlCost += open.count * at - open.starts
    open.count = 0
    open.starts = 0
  }

  for (let index = start; index < end; index++) {
    if (index >= blockStarts[nextBlock]!) {
      while (index >= blockStarts[nextBlock]!) nextBlock++
      endBlock(blockStarts[nextBlock - 1]!)
      if (spliceCost > budget) return 'inline constructs'
    }
    const char = text[index]!
    if (char === '\\') {
      // An escaped backtick shortens the run as an opener, but inside a code span a backslash is
      // literal: the run counts whole when it closes one. So leave it to the backtick branch.
      if (text[index + 1] === '`') escapedTick = index + 1
      else index++
      continue
    }
    if (char === ' ' || char === '\t' || char === '\n' || char === ')') {
      if (destinations > 0) {
        destinationCost += destinations * index - destinationStarts
        destinations = 0
        destinationStarts = 0
      }
      if (char === '\n' && angleDestinations > 0) {
        destinationCost += angleDestinations * index - angleStarts
        angleDestinations = 0
        angleStarts = 0
      }
      continue
    }
    if (char === '<') {
      const kind = text.startsWith('!--', index + 1)
        ? 'comment'
        : text.startsWith('![CDATA[', index + 1)
          ? 'cdata'
          : text[index + 1] === '?'
            ? 'instruction'
            : /[!/A-Za-z]/.test(text[index + 1] ?? '')
              ? 'tag'
              : undefined
      if (kind) {
        html[kind].count++
        html[kind].starts += index
        if (index < htmlBlockFrom && ++inlineTags * htmlTagWeight > budget) return 'inline HTML'
      }
      continue
    }
    if (char === '>') {
      if (angleDestinations > 0) {
        destinationCost += angleDestinations * index - angleStarts
        angleDestinations = 0
        angleStarts = 0
      }
      if (html.tag.count > 0) closeHtml('tag', index)
      if (html.comment.count > 0 && text[index - 1] === '-' && text[index - 2] === '-') closeHtml('comment', index)
      if (html.instruction.count > 0 && text[index - 1] === '?') closeHtml('instruction', index)
      if (html.cdata.count > 0 && text[index - 1] === ']' && text[index - 2] === ']') closeHtml('cdata', index)
      if (htmlCost > budget) return 'inline HTML'
      continue
    }
    if (char === '`') {
      let run = 1
      while (text[index + run] === '`') run++
      // micromark scans forward from each opening run to the first run of the same length.
      const waiting = pendingTicks.get(run)
      if (waiting && waiting.length > 0) {
        codeCost += index - waiting.shift()!
      } else {
        const opening = escapedTick === index ? run - 1 : run
        if (opening > 0) {
          let list = pendingTicks.get(opening)
          if (!list) pendingTicks.set(opening, (list = []))
          list.push(index)
        }
      }
      index += run - 1
      continue
    }
    if (char === '[') {
      brackets.push(index)
      continue
    }
    if (char === ']') {
      if (brackets.length > 0) {
        if (brackets.length > maxInlineDepth) return 'inline nesting'
        bracketCost += index - brackets.pop()!
        resolve(index)
      } else {
        bracketCost += index - start
      }
      if (text[index + 1] === '(') {
        if (text[index + 2] === '<') {
          angleDestinations++
          angleStarts += index
        } else {
          destinations++
          destinationStarts += index
        }
      }
      if (bracketCost > budget) return 'brackets'
      continue
    }
    if (char === '*' || char === '_' || char === '~') {
      let run = 1
      while (text[index + run] === char) run++
      emphasisCost += run * run
      // CommonMark's flanking rules: intraword `_` neither opens nor closes, so costs no scan.
      const before = text[index - 1]
      const after = text[index + run]
      const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
      const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
      const canOpen = char === '_' ? left && (!right || isPunctuation(before)) : left
      const canClose = char === '_' ? right && (!left || isPunctuation(after)) : right
      let consumed = false
      if (canClose) {
        // micromark walks back over every event to the nearest opener of the same kind, or to the start.
        const own = openersByChar.get(char)
        while (own && own.length > 0 && openers[own[own.length - 1]!.index]?.id !== own[own.length - 1]!.id) own.pop()
        const match = own?.pop()?.index
        if (match !== undefined) {
          if (match + 1 > maxInlineDepth) return 'inline nesting'
          emphasisCost += (index - openers[match]!.at) * emphasisWeight
          // Openers inside the matched pair can no longer match anything.
          openers.length = match
          consumed = true
          resolve(index)
        } else {
          emphasisCost += (index - start) * emphasisWeight
        }
      }
      if (canOpen && !consumed) {
        const id = openerId++
        openers.push({char, at: index, id})
        let own = openersByChar.get(char)
        if (!own) openersByChar.set(char, (own = []))
        own.push({index: openers.length - 1, id})
      }
      if (emphasisCost > budget) return 'emphasis'
      index += run - 1
      continue
    }
  }
  endBlock(end)
  if (spliceCost > budget) return 'inline constructs'
  for (const list of pendingTicks.values()) for (const opened of list) codeCost += end - opened
  destinationCost += destinations * end - destinationStarts + angleDestinations * end - angleStarts
  for (const kind of Object.keys(html) as Array<keyof typeof html>) closeHtml(kind, end)
  if (htmlCost > budget) return 'inline HTML'
  if (codeCost * codeWeight > budget) return 'code spans'
  if (destinationCost > budget) return 'link destinations'
  return undefined
}

/** A line that starts a block of its own: a heading, a fence, a thematic break. */
const blockLineStart = /^ {0,3}(?:#|```|~~~|(?:[-*_][ \t]*){3,}$)/
/** Elements that start an HTML block (CommonMark's kinds 1 and 6; kind 7 is any tag alone on its line). */
const htmlBlockStart =
  /^ {0,3}(?:<(?:script|pre|style|textarea)[\s>]|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$))/i
const htmlTagAlone = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*\r?\n?$/

/**
 * Whether a line starts an HTML block: its tags are raw HTML, not inline HTML, to the end of the
 * group. (Kinds 1 to 5 can end sooner; counting fewer tags there only errs towards parsing.)
 */
function startsHtmlBlock(line: string): boolean {
  return line.trimStart().startsWith('<') && (htmlBlockStart.test(line) || htmlTagAlone.test(line))
}

/**
 * How deeply a line can be nested: its block quote markers and list markers, and the
 * indentation before its last marker (every list level needs at least two columns). An upper
 * bound, cheap to find. Indentation with no marker after it (indented code, ASCII art, a
 * continuation line) does not open containers, so it does not count.
 */
function containerDepth(text: string, from: number, to: number): number {
  let markers = 0
  let columns = 0
  let columnsBeforeLastMarker = 0
  let index = from
  for (;;) {
    while (index < to && (text[index] === ' ' || text[index] === '\t')) {
      columns += text[index] === '\t' ? 4 : 1
      index++
    }
    const char = text[index]
    let width = 0
    if (char === '>') {
      width = 1
    } else if ((char === '-' || char === '*' || char === '+') && isSpace(text[index + 1])) {
      width = 1
    } else {
      let digits = 0
      while (digits < 10 && text.charCodeAt(index + digits) >= 48 && text.charCodeAt(index + digits) <= 57) digits++
      if (digits > 0 && digits < 10 && (text[index + digits] === '.' || text[index + digits] === ')') && isSpace(text[index + digits + 1])) width = digits + 1
    }
    if (width === 0) break
    markers++
    columnsBeforeLastMarker = columns
    index += width
  }
  return markers + Math.floor(columnsBeforeLastMarker / 2)
}
