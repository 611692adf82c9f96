import {markBlockRoles} from './block-roles.js'
import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {LineCounter, parseDocument} from 'yaml'
import {
  buildBlock,
  parseControlComment,
  type Block,
  type BlockKind,
  type ControlComment,
  type MarkupDefinition,
  type ParsedDocument,
  type PendingBlock,
  recordLink
} from './block.js'
import {findAliasBomb, findDeepNesting, keyPathOffset} from '@plainspeak/base/yaml'
import {markdownChunks} from './markdown-chunks.js'
import {plainParagraphTree} from './markdown-plain.js'
import {findHostileMarkdown} from './markdown-guard.js'
import type {MarkdownMemo} from './parse-memo.js'
import type {LruCache} from '../lru-cache.js'
import {overlappingRange} from '../text/search.js'

/**
 * GitHub-flavoured Markdown without autolink literals: tables (glossaries),
 * strikethrough, footnotes and task lists. Bare web and e-mail addresses are
 * masked by the rules anyway, and recognising them in the parser costs about
 * half of the whole Markdown parse.
 */
function remarkGfmWithoutAutolinks(this: Processor, options: {footnotes: boolean}): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem(), ...(options.footnotes ? [gfmFootnote()] : []))
  ;(data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    ...(options.footnotes ? [gfmFootnoteFromMarkdown()] : [])
  )
}

/**
 * Footnotes are parsed only in documents that define one (`[^1]: …`): without a definition a
 * footnote call is plain text anyway, and the footnote tokenizer scans back over the whole
 * paragraph at every `]`, which is quadratic on long runs of brackets.
 */
export const micromarkParsers = {
  withFootnotes: unified().use(remarkParse).use(remarkGfmWithoutAutolinks, {footnotes: true}).use(remarkFrontmatter, ['yaml']),
  withoutFootnotes: unified().use(remarkParse).use(remarkGfmWithoutAutolinks, {footnotes: false}).use(remarkFrontmatter, ['yaml'])
}
const footnoteDefinition = /^ {0,3}\[\^[^\]\n]+\]:/m

/** Parses a chunk, or takes its tree from `cache` (see parse-memo.ts). */
function parseChunk(chunk: string, footnotes: boolean, cache: LruCache<string, Root> | undefined): Root {
  const parse = () => plainParagraphTree(chunk) ?? ((footnotes ? micromarkParsers.withFootnotes : micromarkParsers.withoutFootnotes).parse(chunk) as Root)
  return cache ? cache.get((footnotes ? 'f' : 'n') + chunk, parse) : parse()
}

/** Deepest tree walked; the guard keeps parsed trees far shallower, this only makes sure. */
const maxWalkDepth = 200
/** Markup characters left blank when a group of lines is read as plain text. */
const plainMarkup = /[[\]*_`~|>#]/g

/** Markdown Extra abbreviation lines: `*[JSNA]: Joint Strategic Needs Assessment`. */
const abbreviationLine = /^[ \t]{0,3}\*\[([^\]\n]{1,200})\]:[ \t]*(\S[^\n\r]*)$/gm
/** The same pattern for testing one line (no global state between calls). */
const oneAbbreviationLine = new RegExp(abbreviationLine.source)
const abbrOpen = /^<abbr\b[^>]*\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i
const abbrClose = /^<\/abbr\s*>$/i


export function parseMarkdown(text: string, memo?: MarkdownMemo): ParsedDocument {
  const blocks: Block[] = []
  const definitions: MarkupDefinition[] = []
  const controls: ControlComment[] = []
  let settings: unknown
  let settingsLine: ParsedDocument['settingsLine']
  let row = 0

  // Abbreviation lines define for the whole document and are not prose.
  const abbreviationRanges: Array<[number, number]> = []
  // (Each whole-text pattern runs only when its tell-tale characters appear at all: a cheap scan.)
  for (const match of text.includes('*[') ? text.matchAll(abbreviationLine) : []) {
    const start = match.index
    const end = start + match[0].length
    abbreviationRanges.push([start, end])
    const acronymStart = text.indexOf('[', start) + 1
    definitions.push({
      acronym: match[1]!.trim(),
      expansion: match[2]!.trim(),
      start: acronymStart,
      end: acronymStart + match[1]!.length,
      scope: 'document'
    })
  }

  // Groups of lines that micromark would take minutes over are read as plain text (see
  // markdown-guard.ts): each becomes one paragraph with its markup characters blanked.
  const hostile = findHostileMarkdown(text, memo?.verdicts)
  for (const group of hostile) {
    const raw = text.slice(group.start, group.end)
    const leading = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed) blocks.push({kind: 'paragraph', start: group.start + leading, text: trimmed.replace(plainMarkup, ' ')})
  }

  // Abbreviation lines and those groups are blanked (same length, so offsets hold) before
  // parsing: abbreviation lines are not prose, and thousands of them would make one huge paragraph.
  const blanked = [...abbreviationRanges, ...hostile.map((group): [number, number] => [group.start, group.end])]
  const source = blanked.length > 0 ? blankRanges(text, blanked.sort((a, b) => a[0] - b[0])) : text
  const footnotes = source.includes('[^') && footnoteDefinition.test(source)
  /** Offset of the chunk being walked: node positions are relative to it. */
  let base = 0
  const at = (point: {offset?: number | undefined} | undefined) => base + point!.offset!

  const isAbbreviationParagraph = (start: number, end: number) =>
    overlappingRange(abbreviationRanges, start) !== undefined &&
    text
      .slice(start, end)
      .split(/\r?\n|\r/)
      .every((line) => line.trim() === '' || oneAbbreviationLine.test(line))

  function flush(pending: PendingBlock): void {
    const block = buildBlock(text, pending)
    if (block) blocks.push(block)
  }

  /**
   * Collects text from phrasing content in document order. Iterative: emphasis inside links
   * inside emphasis can nest deeply, and a recursive walk would exhaust the stack.
   */
  function collectPhrasing(children: PhrasingContent[], pending: PendingBlock): void {
    // One frame per level: its nodes, the next to visit, its own <abbr> state, and for a link
    // the first piece of its text (recorded as link text once its frame is done).
    const frames: Array<{nodes: PhrasingContent[]; index: number; abbrTitle: string | undefined; linkFrom?: number; bold?: boolean}> = [{nodes: children, index: 0, abbrTitle: undefined}]
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!
      if (frame.index >= frame.nodes.length) {
        frames.pop()
        if (frame.linkFrom !== undefined) recordLink(pending, frame.linkFrom)
        continue
      }
      const node = frame.nodes[frame.index++]!
      let abbrTitle = frame.abbrTitle
      switch (node.type) {
        case 'text': {
          // Some extensions make text nodes with no position; there is nothing to point at.
          if (node.position?.start.offset === undefined || node.position.end.offset === undefined) break
          const start = at(node.position.start)
          const end = at(node.position.end)
          pending.pieces.push(frame.bold ? {start, raw: text.slice(start, end), value: node.value, bold: true} : {start, raw: text.slice(start, end), value: node.value})
          if (abbrTitle !== undefined && node.value.trim()) {
            const leading = node.value.length - node.value.trimStart().length
            const acronym = node.value.trim()
            definitions.push({acronym, expansion: abbrTitle, start: start + leading, end: start + leading + acronym.length, scope: 'point'})
            abbrTitle = undefined
          }
          break
        }
        case 'html': {
          const open = abbrOpen.exec(node.value)
          if (open) abbrTitle = open[1] ?? open[2] ?? ''
          else if (abbrClose.test(node.value)) abbrTitle = undefined
          else if (node.position) collectComments(node.value, at(node.position.start))
          break
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
          if (frames.length < maxWalkDepth) frames.push({nodes: node.children, index: 0, abbrTitle: undefined, bold: frame.bold === true || node.type === 'strong'})
          break
        case 'link':
        case 'linkReference':
          if (frames.length < maxWalkDepth) frames.push({nodes: node.children, index: 0, abbrTitle: undefined, linkFrom: pending.pieces.length, bold: frame.bold})
          break
        default:
          // inlineCode, image, break, footnote references: not prose.
          break
      }
      frame.abbrTitle = abbrTitle
    }
  }

  function collectComments(html: string, offset: number): void {
    for (const found of findComments(html)) {
      const control = parseControlComment(found.content, offset + found.start, offset + found.end)
      if (control) controls.push(control)
    }
  }

  function walk(nodes: Array<RootContent | Nodes>, context: BlockKind, depth = 0): void {
    if (depth > maxWalkDepth) return
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          if (!node.position) break
          const start = at(node.position.start)
          if (isAbbreviationParagraph(start, at(node.position.end))) break
          const pending: PendingBlock = {kind: context, pieces: []}
          collectPhrasing(node.children, pending)
          flush(pending)
          break
        }
        case 'heading': {
          const pending: PendingBlock = {kind: 'heading', depth: node.depth, pieces: []}
          collectPhrasing(node.children, pending)
          flush(pending)
          break
        }
        case 'table':
          for (const tableRow of node.children) {
            row++
            for (const cell of tableRow.children) {
              const pending: PendingBlock = {kind: 'table-cell', row, pieces: []}
              collectPhrasing(cell.children, pending)
              flush(pending)
            }
          }
          break
        case 'html':
          if (node.position) collectComments(node.value, at(node.position.start))
          break
        case 'yaml':
          ;({settings, settingsLine} = readFrontMatter(node.value, (node.position?.start.line ?? 1) + 1))
          break
        case 'blockquote':
          walk(node.children, 'quote', depth + 1)
          break
        case 'list':
        case 'listItem':
          walk((node as Parent).children as RootContent[], 'list-item', depth + 1)
          break
        case 'footnoteDefinition':
          walk(node.children, context, depth + 1)
          break
        default:
          // code, thematicBreak, definition: not prose.
          break
      }
    }
  }

  const chunks = markdownChunks(source)
  // As with blocks (check.ts): more chunks than the cache holds would never be found again.
  const chunkCache = memo && chunks.length <= memo.trees.limit ? memo.trees : undefined
  for (const chunk of chunks) {
    base = chunk.start
    walk(parseChunk(chunk.text, footnotes, chunkCache).children, 'paragraph')
  }
  if (hostile.length > 0) blocks.sort((a, b) => a.start - b.start)
  markBlockRoles(blocks)
  const document: ParsedDocument = {text, blocks, definitions, controls}
  if (settings !== undefined) document.settings = settings
  if (settings !== undefined && settingsLine) document.settingsLine = settingsLine
  return document
}

/** The `plainspeak` settings of front matter whose YAML starts on `firstLine`, and where their keys are written. */
function readFrontMatter(value: string, firstLine: number): Pick<ParsedDocument, 'settings' | 'settingsLine'> {
  // Nesting or aliases that would exhaust the YAML parser: not settings Plainspeak can use.
  if (findDeepNesting(value)) return {}
  try {
    const lines = new LineCounter()
    const document = parseDocument(value, {lineCounter: lines})
    if (document.errors.length > 0 || findAliasBomb(document, 10_000)) return {}
    const data = document.toJS({maxAliasCount: 10_000}) as unknown
    if (data && typeof data === 'object' && 'plainspeak' in data) {
      const settingsLine = (keyPath: readonly string[]) => {
        const offset = keyPathOffset(document, ['plainspeak', ...keyPath])
        return offset === undefined ? undefined : firstLine + lines.linePos(offset).line - 1
      }
      return {settings: (data as {plainspeak: unknown}).plainspeak, settingsLine}
    }
  } catch {
    // Front matter that is not YAML is the author's business, not ours.
  }
  return {}
}

/** HTML comments in a chunk of HTML, found with `indexOf` so unclosed ones cost no more than one pass. */
function findComments(html: string): Array<{content: string; start: number; end: number}> {
  const found: Array<{content: string; start: number; end: number}> = []
  let from = 0
  for (;;) {
    const start = html.indexOf('<!--', from)
    if (start === -1) break
    const close = html.indexOf('-->', start + 4)
    if (close === -1) break
    found.push({content: html.slice(start + 4, close), start, end: close + 3})
    from = close + 3
  }
  return found
}

/** The text with each range blanked to spaces, line breaks kept (ranges sorted, not overlapping). */
function blankRanges(text: string, ranges: ReadonlyArray<[number, number]>): string {
  let result = ''
  let from = 0
  for (const [start, end] of ranges) {
    if (start < from) continue
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    from = end
  }
  return result + text.slice(from)
}
